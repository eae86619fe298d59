/// What selectors ask of each resource, as numbers and small arrays, built once per catalogue
/// so that testing a resource against a selector copies nothing and hashes no text.
struct ResourceFacts: Sendable {
  let levels: [Int]
  let minutes: [Int]
  let isFree: [Bool]
  /// Per resource, its capabilities' indices in the framework, in its order, each once (a
  /// capability listed twice teaches no more).
  let capabilities: [[Int]]
  let formats: [Int]
  let providers: [Int]
  let tags: [[Int]]
  /// Per resource, the archetypes it is for; nil for every archetype.
  let archetypes: [[String]?]
  let resourceIDs: [String: Int]
  let formatIDs: [String: Int]
  let providerIDs: [String: Int]
  let tagIDs: [String: Int]
  /// The framework's capabilities, in its order: their ids, their domains, and each id's index.
  let capabilityIDs: [String]
  let capabilityDomains: [String]
  let capabilityIndex: [String: Int]

  init(_ resources: [Resource], capabilities: [Framework.Capability]) {
    func numbering(_ values: some Sequence<String>) -> [String: Int] {
      var ids: [String: Int] = [:]
      for value in values where ids[value] == nil { ids[value] = ids.count }
      return ids
    }
    let capabilityIndex = numbering(capabilities.map(\.id.value))
    self.capabilityIndex = capabilityIndex
    capabilityIDs = capabilities.map(\.id.value)
    capabilityDomains = capabilities.map(\.domain)
    formatIDs = numbering(resources.map(\.format))
    providerIDs = numbering(resources.map(\.provider))
    tagIDs = numbering(resources.flatMap(\.tags))
    resourceIDs = numbering(resources.map(\.id.value))
    levels = resources.map(\.level.value)
    minutes = resources.map(\.minutes.value)
    isFree = resources.map(\.isFree)
    self.capabilities = resources.map {
      $0.capabilities.compactMap { capabilityIndex[$0.value] }.uniqued()
    }
    let (formatIDs, providerIDs, tagIDs) = (formatIDs, providerIDs, tagIDs)
    formats = resources.map { formatIDs[$0.format] ?? -1 }
    providers = resources.map { providerIDs[$0.provider] ?? -1 }
    tags = resources.map { $0.tags.compactMap { tagIDs[$0] } }
    archetypes = resources.map { $0.archetypes?.map(\.value) }
  }

  var count: Int { levels.count }
}
