/// One selector with a firing's values in place of its placeholders, resolved once so that
/// testing each resource is a few comparisons: capabilities become a mask over the framework's
/// capabilities, text values become sets, numbers become bounds.
struct ResourceMatcher {
  private let ids: Set<String>?
  /// Per capability index, whether the selector's `capability` or `domain` keys accept it.
  private let capabilityMask: [Bool]?
  private let domainMask: [Bool]?
  private let minimumLevel: Int?
  private let maximumLevel: Int?
  private let formats: Set<String>?
  private let tags: Set<String>?
  private let providers: Set<String>?
  private let free: Bool?
  private let maxMinutes: Int?
  private let archetypes: [String]?
  /// False when a numeric placeholder has no value, so nothing can match.
  private let isSatisfiable: Bool

  /// Resolves a selector for one firing (`binding`), or as written when it has no placeholder.
  init(selector: Selector, binding: Binding?, capabilities: [Framework.Capability]) {
    func render(_ template: Template) -> String {
      binding?.render(template) ?? template.text
    }
    func number(_ value: NumberValue?) -> (value: Int?, isKnown: Bool) {
      guard let value else { return (nil, true) }
      if let binding { return (binding.number(value), binding.number(value) != nil) }
      if case .literal(let number) = value { return (number.value, true) }
      return (nil, false)
    }
    ids = selector.ids.map { Set($0.map(render)) }
    capabilityMask = selector.capability.map { patterns in
      let globs = patterns.map { Glob(render($0)) }
      return capabilities.map { capability in globs.contains { $0.matches(capability.id.value) } }
    }
    domainMask = selector.domain.map { domains in
      let names = Set(domains.map(render))
      return capabilities.map { names.contains($0.domain) }
    }
    let minimum = number(selector.level?.min)
    let maximum = number(selector.level?.max)
    let minutes = number(selector.maxMinutes)
    minimumLevel = minimum.value
    maximumLevel = maximum.value
    maxMinutes = minutes.value
    isSatisfiable = minimum.isKnown && maximum.isKnown && minutes.isKnown
    formats = selector.format.map { Set($0.map(render)) }
    tags = selector.tag.map { Set($0.map(render)) }
    providers = selector.provider.map { Set($0.map(render)) }
    free = selector.free?.value
    archetypes = selector.archetype.map { $0.map(render) }
  }

  /// Whether a resource, whose capabilities are at `capabilityIndices`, meets every key.
  func matches(_ resource: Resource, capabilityIndices: [Int]) -> Bool {
    guard isSatisfiable else { return false }
    if let ids, !ids.contains(resource.id.value) { return false }
    if let capabilityMask, !capabilityIndices.contains(where: { capabilityMask[$0] }) {
      return false
    }
    if let domainMask, !capabilityIndices.contains(where: { domainMask[$0] }) { return false }
    if let minimumLevel, resource.level.value < minimumLevel { return false }
    if let maximumLevel, resource.level.value > maximumLevel { return false }
    if let formats, !formats.contains(resource.format) { return false }
    if let tags, !resource.tags.contains(where: tags.contains) { return false }
    if let providers, !providers.contains(resource.provider) { return false }
    if let free, free != resource.isFree { return false }
    if let maxMinutes, resource.minutes.value > maxMinutes { return false }
    if let archetypes, !archetypes.contains(where: resource.isFor(archetype:)) { return false }
    return true
  }

  /// The ids of the resources that match, in catalogue order (for checks, off the hot path).
  func matchingIDs(in resources: [Resource], capabilities: [Framework.Capability]) -> [String] {
    let index = Dictionary(
      capabilities.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    return resources.filter { resource in
      matches(resource, capabilityIndices: resource.capabilities.compactMap { index[$0.value] })
    }.map(\.id.value)
  }
}
