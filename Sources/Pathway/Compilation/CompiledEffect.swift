/// An effect whose selector, when it has no placeholder, is already the resources it chooses;
/// and when it selects by `{capability}`, already narrowed, for each capability, by its keys
/// without placeholders.
///
/// A class, so that walking a rule's effects for every firing copies no selector.
final class CompiledEffect: Sendable {
  /// What an effect does, without its selector: what a firing switches on.
  enum Action: Sendable {
    case recommend, exclude
    /// A boost (positive) or a penalty (negative), before the rule's weight.
    case adjust(by: Double)
    /// The resources required, in the order written; ids not in the catalogue left out.
    case require([ResourceIndex])
    case target
  }

  let effect: Effect
  let action: Action
  /// The resources a selector without placeholders chooses, in catalogue order.
  let fixedSelection: [ResourceIndex]?
  /// For a selector on `capability: "{capability}"`: per capability, the resources that teach it
  /// and meet the selector's keys without placeholders (the rest are tested per firing).
  let poolByCapability: PerCapability<CapabilityPool>?
  /// With `poolByCapability`, when the selector's other keys are all fixed: its level and
  /// minutes bounds, which may hold placeholders; a firing then filters the pool by numbers.
  let poolBounds: PoolBounds?

  init(
    _ effect: Effect, facts: ResourceFacts, poolOfCapability: PerCapability<CapabilityPool>
  ) {
    self.effect = effect
    action =
      switch effect.kind {
      case .recommend: .recommend
      case .exclude: .exclude
      case .boost(_, let by): .adjust(by: by.value)
      case .penalise(_, let by): .adjust(by: -by.value)
      case .require(let ids): .require(ids.compactMap { facts.resourceIDs[$0.value] })
      case .target: .target
      }
    guard let selector = effect.selector else {
      (fixedSelection, poolByCapability, poolBounds) = (nil, nil, nil)
      return
    }
    if !selector.isDynamic {
      fixedSelection = ResourceMatcher(selector: selector, binding: nil, facts: facts)
        .matchingIndices()
      (poolByCapability, poolBounds) = (nil, nil)
    } else if selector.capability?.count == 1,
      selector.capability?.first?.soloPlaceholder == .capability
    {
      let fixedKeys = ResourceMatcher(
        selector: selector.keepingFixedKeys, binding: nil, facts: facts)
      fixedSelection = nil
      poolByCapability = PerCapability(poolOfCapability.map { $0.filter(fixedKeys.matches) })
      let others = [
        selector.ids, selector.domain, selector.format, selector.tag, selector.provider,
        selector.archetype,
      ]
      poolBounds =
        others.allSatisfy { $0?.allSatisfy(\.isLiteral) ?? true }
        ? PoolBounds(
          minimumLevel: selector.level?.min, maximumLevel: selector.level?.max,
          maxMinutes: selector.maxMinutes)
        : nil
    } else {
      (fixedSelection, poolByCapability, poolBounds) = (nil, nil, nil)
    }
  }
}

extension CompiledEffect {
  /// What the effect's selector chooses in one firing, whose bound capability is `capability`.
  func selection(
    binding: Binding, capability: CapabilityIndex?, facts: ResourceFacts
  ) -> FiringSelection {
    if let fixedSelection { return .listed(fixedSelection) }
    if let capability, let poolByCapability, let poolBounds {
      guard let bounds = poolBounds.resolved(with: binding) else { return .none }
      return .bounded(
        pool: poolByCapability[capability], levels: bounds.levels, maxMinutes: bounds.maxMinutes)
    }
    guard let selector = effect.selector else { return .none }
    return .matched(
      pool: capability.flatMap { poolByCapability?[$0].resources },
      matcher: ResourceMatcher(selector: selector, binding: binding, facts: facts))
  }
}

extension Selector {
  /// The selector with only its keys that hold no placeholder: it chooses a superset of what
  /// the whole selector chooses for any firing.
  var keepingFixedKeys: Selector {
    func fixed(_ templates: [Template]?) -> [Template]? {
      templates.flatMap { $0.allSatisfy(\.isLiteral) ? $0 : nil }
    }
    func fixed(_ number: NumberValue?) -> NumberValue? {
      if case .literal = number { number } else { nil }
    }
    var copy = self
    copy.ids = fixed(ids)
    copy.capability = fixed(capability)
    copy.domain = fixed(domain)
    copy.format = fixed(format)
    copy.tag = fixed(tag)
    copy.provider = fixed(provider)
    copy.archetype = fixed(archetype)
    copy.maxMinutes = fixed(maxMinutes)
    copy.level = level.map { Bounds(min: fixed($0.min), max: fixed($0.max)) }
    return copy
  }
}

extension Effect {
  /// The selector of a recommend, exclude, boost or penalise effect.
  var selector: Selector? {
    switch kind {
    case .recommend(let selector), .exclude(let selector), .boost(let selector, _),
      .penalise(let selector, _):
      selector
    case .target, .require: nil
    }
  }
}
