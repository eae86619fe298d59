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
  /// Each id's first resource.
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

  /// Each column reads its field of each resource in place: a resource is a dozen values with
  /// references, and a copy of it per column was most of the cost of a large catalogue.
  init(_ resources: [Resource], capabilities: [Framework.Capability]) {
    var capabilityNumbers = Numbering()
    for capability in capabilities { _ = capabilityNumbers.number(of: capability.id.value) }
    let capabilityIndex = capabilityNumbers.numbers.mapValues(CapabilityIndex.init)
    self.capabilityIndex = capabilityIndex
    capabilityIDs = PerCapability(capabilities.map(\.id.value))
    capabilityDomains = PerCapability(capabilities.map(\.domain))
    func column<Value>(_ value: (Int) -> Value) -> PerResource<Value> {
      PerResource(resources.indices.map(value))
    }
    var (formatNumbers, providerNumbers, tagNumbers) = (Numbering(), Numbering(), Numbering())
    formats = column { formatNumbers.number(of: resources[$0].format) }
    providers = column { providerNumbers.number(of: resources[$0].provider) }
    tags = column { resources[$0].tags.map { tagNumbers.number(of: $0) } }
    (formatIDs, providerIDs, tagIDs) = (
      formatNumbers.numbers, providerNumbers.numbers, tagNumbers.numbers
    )
    var idNumbers = Numbering(capacity: resources.count)
    for index in resources.indices { _ = idNumbers.number(of: resources[index].id.value) }
    resourceIDs = idNumbers.numbers.mapValues(ResourceIndex.init)
    levels = column { resources[$0].level.value }
    minutes = column { resources[$0].minutes.value }
    isFree = column { resources[$0].isFree }
    self.capabilities = column {
      resources[$0].capabilities.compactMap { capabilityIndex[$0.value] }.uniqued()
    }
    archetypes = column { resources[$0].archetypes?.map(\.value) }
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

/// Each text's number, in order of first appearance.
private struct Numbering {
  private(set) var numbers: [String: Int]

  /// Room for `capacity` texts before the table grows.
  init(capacity: Int = 0) { numbers = Dictionary(minimumCapacity: capacity) }

  /// The number of `text`: the next one when it is new.
  mutating func number(of text: String) -> Int {
    if let known = numbers[text] { return known }
    let number = numbers.count
    numbers[text] = number
    return number
  }
}
