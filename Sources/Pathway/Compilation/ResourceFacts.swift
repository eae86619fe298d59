/// What selectors ask of each resource, as numbers and small arrays, built once per catalogue
/// so that testing a resource against a selector copies nothing and hashes no text.
struct ResourceFacts: Sendable {
  let levels: PerResource<Int>
  let minutes: PerResource<Int>
  let isFree: PerResource<Bool>
  /// Per resource, its capabilities' indices in the framework, in its order, each once (a
  /// capability listed twice teaches no more).
  let capabilities: PerResource<[CapabilityIndex]>
  let formats: PerResource<Int>
  let providers: PerResource<Int>
  let tags: PerResource<[Int]>
  /// Per resource, the archetypes it is for; nil for every archetype.
  let archetypes: PerResource<[String]?>
  let resourceIDs: [String: ResourceIndex]
  /// Per format, provider and tag number, and per capability: the resources with it, in
  /// catalogue order, so that a selector naming one walks those alone.
  let resourcesWithFormat: [[ResourceIndex]]
  let resourcesWithProvider: [[ResourceIndex]]
  let resourcesWithTag: [[ResourceIndex]]
  let resourcesTeaching: PerCapability<[ResourceIndex]>
  let formatIDs: [String: Int]
  let providerIDs: [String: Int]
  let tagIDs: [String: Int]
  /// The framework's capabilities, in its order: their ids, their domains, and each id's index.
  let capabilityIDs: PerCapability<String>
  let capabilityDomains: PerCapability<String>
  let capabilityIndex: [String: CapabilityIndex]

  init(_ resources: [Resource], capabilities: [Framework.Capability]) {
    /// Each value's number, in order of first appearance, and the numbers of `values`.
    func numbered(_ values: some Sequence<String>) -> (ids: [String: Int], numbers: [Int]) {
      var ids: [String: Int] = [:]
      var numbers: [Int] = []
      numbers.reserveCapacity(values.underestimatedCount)
      for value in values {
        if let known = ids[value] {
          numbers.append(known)
        } else {
          numbers.append(ids.count)
          ids[value] = ids.count
        }
      }
      return (ids, numbers)
    }
    let capabilityIndex = numbered(capabilities.map(\.id.value)).ids
      .mapValues(CapabilityIndex.init)
    self.capabilityIndex = capabilityIndex
    capabilityIDs = PerCapability(capabilities.map(\.id.value))
    capabilityDomains = PerCapability(capabilities.map(\.domain))
    let formats = numbered(resources.lazy.map(\.format))
    (formatIDs, self.formats) = (formats.ids, PerResource(formats.numbers))
    let providers = numbered(resources.lazy.map(\.provider))
    (providerIDs, self.providers) = (providers.ids, PerResource(providers.numbers))
    let tags = numbered(resources.lazy.flatMap(\.tags))
    tagIDs = tags.ids
    // The numbers come in the order the tags are listed: each resource takes as many as it lists.
    var tagNumbers = tags.numbers.makeIterator()
    self.tags = PerResource(resources.map { $0.tags.compactMap { _ in tagNumbers.next() } })
    resourceIDs = numbered(resources.lazy.map(\.id.value)).ids.mapValues(ResourceIndex.init)
    levels = PerResource(resources.map(\.level.value))
    minutes = PerResource(resources.map(\.minutes.value))
    isFree = PerResource(resources.map(\.isFree))
    self.capabilities = PerResource(
      resources.map { $0.capabilities.compactMap { capabilityIndex[$0.value] }.uniqued() })
    archetypes = PerResource(resources.map { $0.archetypes?.map(\.value) })
    var withFormat = [[ResourceIndex]](repeating: [], count: formatIDs.count)
    var withProvider = [[ResourceIndex]](repeating: [], count: providerIDs.count)
    var withTag = [[ResourceIndex]](repeating: [], count: tagIDs.count)
    var teaching = PerCapability<[ResourceIndex]>(repeating: [], count: capabilities.count)
    // Every number was given in order above, so each is below its list's count.
    for resource in levels.indices {
      withFormat[self.formats[resource]].append(resource)
      withProvider[self.providers[resource]].append(resource)
      for tag in self.tags[resource] { withTag[tag].append(resource) }
      for capability in self.capabilities[resource] { teaching[capability].append(resource) }
    }
    (resourcesWithFormat, resourcesWithProvider) = (withFormat, withProvider)
    (resourcesWithTag, resourcesTeaching) = (withTag, teaching)
  }

  /// Whether a resource is meant for an archetype: every resource that names none is.
  func isFor(_ resource: ResourceIndex, archetype: String) -> Bool {
    archetypes[resource]?.contains(archetype) ?? true
  }

  var count: Int { levels.count }

  /// Every resource's index, in catalogue order.
  var resourceIndices: Range<ResourceIndex> { levels.indices }
}
