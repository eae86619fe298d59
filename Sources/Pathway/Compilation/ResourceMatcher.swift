/// One selector with a firing's values in place of its placeholders, resolved once so that
/// testing each resource is a few comparisons of numbers: capabilities become a mask over the
/// framework's capabilities, text values masks over their numbers, levels and minutes bounds.
struct ResourceMatcher {
  private let facts: ResourceFacts
  private let ids: Set<ResourceIndex>?
  /// Per capability index, whether the selector's `capability` or `domain` keys accept it.
  private let capabilityMask: PerCapability<Bool>?
  private let domainMask: PerCapability<Bool>?
  private let minimumLevel: Int?
  private let maximumLevel: Int?
  /// Per format, tag and provider number (`ResourceFacts`), whether the selector accepts it.
  private let formats: [Bool]?
  private let tags: [Bool]?
  private let providers: [Bool]?
  private let free: Bool?
  private let maxMinutes: Int?
  private let archetypes: [String]?
  /// False when a numeric placeholder has no value, so nothing can match.
  private let isSatisfiable: Bool

  /// Resolves a selector for one firing (`binding`), or as written when it has no placeholder.
  init(selector: Selector, binding: Binding?, facts: ResourceFacts) {
    func render(_ template: Template) -> String {
      binding?.render(template) ?? template.text
    }
    func mask(_ templates: [Template]?, over table: [String: Int]) -> [Bool]? {
      templates.map { templates in
        var mask = [Bool](repeating: false, count: table.count)
        for number in templates.compactMap({ table[render($0)] }) { mask[number] = true }
        return mask
      }
    }
    func number(_ value: NumberValue?) -> (value: Int?, isKnown: Bool) {
      guard let value else { return (nil, true) }
      if let binding { return (binding.number(value), binding.number(value) != nil) }
      if case .literal(let number) = value { return (number.value, true) }
      return (nil, false)
    }
    self.facts = facts
    ids = selector.ids.map { Set($0.compactMap { facts.resourceIDs[render($0)] }) }
    capabilityMask = selector.capability.map { patterns in
      var mask = PerCapability(repeating: false, count: facts.capabilityIDs.count)
      for pattern in patterns.map(render) {
        if !Glob.hasWildcard(pattern) {
          if let index = facts.capabilityIndex[pattern] { mask[index] = true }
          continue
        }
        let glob = Glob(pattern)
        for index in facts.capabilityIDs.indices where glob.matches(facts.capabilityIDs[index]) {
          mask[index] = true
        }
      }
      return mask
    }
    domainMask = selector.domain.map { domains in
      let names = Set(domains.map(render))
      return PerCapability(facts.capabilityDomains.map(names.contains))
    }
    let minimum = number(selector.level?.min)
    let maximum = number(selector.level?.max)
    let minutes = number(selector.maxMinutes)
    minimumLevel = minimum.value
    maximumLevel = maximum.value
    maxMinutes = minutes.value
    isSatisfiable = minimum.isKnown && maximum.isKnown && minutes.isKnown
    formats = mask(selector.format, over: facts.formatIDs)
    tags = mask(selector.tag, over: facts.tagIDs)
    providers = mask(selector.provider, over: facts.providerIDs)
    free = selector.free?.value
    archetypes = selector.archetype.map { $0.map(render) }
  }

  /// The only resources that can match, ascending, when a key narrows them to fewer than half
  /// the catalogue: those of its ids, or with its formats, providers, tags or capabilities.
  private func candidates() -> [ResourceIndex]? {
    let lists = [
      ids.map { $0.sorted() },
      Self.union(of: formats, in: facts.resourcesWithFormat),
      Self.union(of: providers, in: facts.resourcesWithProvider),
      Self.union(of: tags, in: facts.resourcesWithTag),
      Self.union(of: capabilityMask.map(Array.init), in: Array(facts.resourcesTeaching)),
    ]
    let narrowest = lists.compactMap { $0 }.min { $0.count < $1.count }
    return narrowest.flatMap { $0.count < facts.count / 2 ? $0 : nil }
  }

  /// The resources listed for the values a mask accepts, ascending, each once; nil without a
  /// mask.
  private static func union(of mask: [Bool]?, in lists: [[ResourceIndex]]) -> [ResourceIndex]? {
    guard let mask else { return nil }
    let chosen = zip(mask, lists).filter(\.0).map(\.1)
    if chosen.count == 1, let only = chosen.first { return only }
    return Array(Set(chosen.joined())).sorted()
  }

  /// Whether the resource at `index` meets every key.
  func matches(_ index: ResourceIndex) -> Bool {
    guard isSatisfiable else { return false }
    if let ids, !ids.contains(index) { return false }
    if let capabilityMask, !facts.capabilities[index].contains(where: { capabilityMask[$0] }) {
      return false
    }
    if let domainMask, !facts.capabilities[index].contains(where: { domainMask[$0] }) {
      return false
    }
    if let minimumLevel, facts.levels[index] < minimumLevel { return false }
    if let maximumLevel, facts.levels[index] > maximumLevel { return false }
    if let formats, !formats[facts.formats[index]] { return false }
    if let tags, !facts.tags[index].contains(where: { tags[$0] }) { return false }
    if let providers, !providers[facts.providers[index]] { return false }
    if let free, free != facts.isFree[index] { return false }
    if let maxMinutes, facts.minutes[index] > maxMinutes { return false }
    if let archetypes, let meantFor = facts.archetypes[index],
      !archetypes.contains(where: meantFor.contains)
    {
      return false
    }
    return true
  }

  /// The indices of the resources that match, in catalogue order.
  func matchingIndices() -> [ResourceIndex] {
    candidates()?.filter(matches) ?? facts.resourceIndices.filter(matches)
  }

  /// Whether some resource that matches also meets `condition`; stops at the first.
  func matchesAny(where condition: (ResourceIndex) -> Bool = { _ in true }) -> Bool {
    guard let candidates = candidates() else {
      return facts.resourceIndices.contains { matches($0) && condition($0) }
    }
    return candidates.contains { matches($0) && condition($0) }
  }
}
