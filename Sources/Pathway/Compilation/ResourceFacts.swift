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

  /// The facts of `resources`, with capabilities numbered in the framework's order.
  init(_ resources: [Resource], capabilities: [Framework.Capability]) {
    // Each column reads its field of each resource in place: a resource is a dozen values with
    // references, and a copy of it per column was most of the cost of a large catalogue.
    let capabilityIndex = Self.firstPositions(capabilities.count) { capabilities[$0].id.value }
      .mapValues(CapabilityIndex.init)
    self.capabilityIndex = capabilityIndex
    capabilityIDs = PerCapability(capabilities.map(\.id.value))
    capabilityDomains = PerCapability(capabilities.map(\.domain))
    func column<Value>(_ value: (Int) -> Value) -> PerResource<Value> {
      PerResource(resources.indices.map(value))
    }
    var formatNumbers = Numbering<String>()
    var providerNumbers = Numbering<String>()
    var tagNumbers = Numbering<String>()
    formats = column { formatNumbers.number(of: resources[$0].format) }
    providers = column { providerNumbers.number(of: resources[$0].provider) }
    tags = column { resources[$0].tags.map { tagNumbers.number(of: $0) } }
    (formatIDs, providerIDs, tagIDs) = (
      formatNumbers.numbers, providerNumbers.numbers, tagNumbers.numbers
    )
    resourceIDs = Self.firstPositions(resources.count) { resources[$0].id.value }
      .mapValues(ResourceIndex.init)
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

  /// Each id's position, the first where it is listed more than once (which checking refuses).
  private static func firstPositions(_ count: Int, id: (Int) -> String) -> [String: Int] {
    var positions = [String: Int](minimumCapacity: count)
    // Backwards, so that an earlier position replaces a later one.
    for position in (0..<count).reversed() { positions[id(position)] = position }
    return positions
  }

  /// Whether a resource is meant for an archetype: every resource that names none is.
  func isFor(_ resource: ResourceIndex, archetype: String) -> Bool {
    archetypes[resource]?.contains(archetype) ?? true
  }

  var count: Int { levels.count }

  /// Every resource's index, in catalogue order.
  var resourceIndices: Range<ResourceIndex> { levels.indices }
}
