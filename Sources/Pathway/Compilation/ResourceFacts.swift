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
  let formatIDs: [String: Int]
  let providerIDs: [String: Int]
  let tagIDs: [String: Int]
  /// The framework's capabilities, in its order: their ids, their domains, and each id's index.
  let capabilityIDs: PerCapability<String>
  let capabilityDomains: PerCapability<String>
  let capabilityIndex: [String: CapabilityIndex]

  init(_ resources: [Resource], capabilities: [Framework.Capability]) {
    func numbering(_ values: some Sequence<String>) -> [String: Int] {
      var ids: [String: Int] = [:]
      for value in values where ids[value] == nil { ids[value] = ids.count }
      return ids
    }
    let capabilityIndex = numbering(capabilities.map(\.id.value)).mapValues(CapabilityIndex.init)
    self.capabilityIndex = capabilityIndex
    capabilityIDs = PerCapability(capabilities.map(\.id.value))
    capabilityDomains = PerCapability(capabilities.map(\.domain))
    formatIDs = numbering(resources.map(\.format))
    providerIDs = numbering(resources.map(\.provider))
    tagIDs = numbering(resources.flatMap(\.tags))
    resourceIDs = numbering(resources.map(\.id.value)).mapValues(ResourceIndex.init)
    levels = PerResource(resources.map(\.level.value))
    minutes = PerResource(resources.map(\.minutes.value))
    isFree = PerResource(resources.map(\.isFree))
    self.capabilities = PerResource(
      resources.map { $0.capabilities.compactMap { capabilityIndex[$0.value] }.uniqued() })
    let (formatIDs, providerIDs, tagIDs) = (formatIDs, providerIDs, tagIDs)
    formats = PerResource(resources.map { formatIDs[$0.format] ?? -1 })
    providers = PerResource(resources.map { providerIDs[$0.provider] ?? -1 })
    tags = PerResource(resources.map { $0.tags.compactMap { tagIDs[$0] } })
    archetypes = PerResource(resources.map { $0.archetypes?.map(\.value) })
  }

  var count: Int { levels.count }

  /// Every resource's index, in catalogue order.
  var resourceIndices: Range<ResourceIndex> { levels.indices }
}
