/// A project prepared once for planning many learners: resources and capabilities indexed,
/// rules indexed by archetype, selectors without placeholders resolved to resource sets.
///
/// Read-only once built, so workers share one copy; a class, so that handing it from stage to
/// stage costs one reference, not one per array.
public final class CompiledProject: Sendable {
  public let project: Project
  let framework: Framework
  /// Sorted by id; a resource's position is its index everywhere below.
  let resources: [Resource]
  let resourceIndex: [String: Int]
  /// In the framework's order; a capability's position is its index everywhere below.
  let capabilities: [Framework.Capability]
  let capabilityIndex: [String: Int]
  /// For each capability, its rank when capabilities are sorted by id (terms list in id order).
  let capabilityIDRank: [Int]
  /// For each rank in id order, the capability's index: the inverse of `capabilityIDRank`.
  let capabilityByIDRank: [Int]
  /// For each capability, the resources that teach it.
  let resourcesByCapability: [[Int]]
  /// For each resource, its capabilities' indices.
  let capabilitiesOfResource: [[Int]]
  /// Every resource's capabilities in one run, resource after resource: a resource's k-th
  /// capability is at slot `capabilitySlotStart[resource] + k`.
  let capabilityOfSlot: [Int]
  /// Where each resource's capabilities start in `capabilityOfSlot`; one more entry than resources.
  let capabilitySlotStart: [Int]
  /// What selectors test, per resource.
  let facts: ResourceFacts
  /// Every resource, shortest first (ties by index).
  let resourcesByMinutes: [Int]
  /// For each resource, its prerequisites' indices.
  let prerequisitesOfResource: [[Int]]
  /// For each resource, the resources that name it as a prerequisite.
  let dependentsOfResource: [[Int]]
  /// Sorted by id.
  let rules: [CompiledRule]
  /// For each archetype, the rules that can fire for it, in id order.
  let rulesByArchetype: [String: [Int]]
  /// For each archetype, whether each resource is meant for it.
  let isForArchetype: [String: [Bool]]
  /// For each archetype, the level the framework expects in each capability.
  let expectedLevels: [String: [Int]]

  /// Compiles a loaded, valid project.
  public init(_ project: Project) {
    self.project = project
    framework = project.framework
    let resources = project.resources
    self.resources = resources
    resourceIndex = Dictionary(
      resources.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    let capabilities = project.framework.capabilities
    self.capabilities = capabilities
    let facts = ResourceFacts(resources, capabilities: capabilities)
    self.facts = facts
    capabilityIndex = facts.capabilityIndex
    resourcesByMinutes = resources.indices.sorted {
      (facts.minutes[$0], $0) < (facts.minutes[$1], $1)
    }
    let byID = capabilities.indices.sorted { capabilities[$0].id.value < capabilities[$1].id.value }
    var rank = [Int](repeating: 0, count: capabilities.count)
    for (position, index) in byID.enumerated() { rank[index] = position }
    capabilityIDRank = rank
    capabilityByIDRank = byID
    capabilitiesOfResource = facts.capabilities
    capabilityOfSlot = facts.capabilities.flatMap { $0 }
    var slotStart = [0]
    slotStart.reserveCapacity(resources.count + 1)
    for indices in facts.capabilities {
      slotStart.append(slotStart[slotStart.count - 1] + indices.count)
    }
    capabilitySlotStart = slotStart
    var byCapability = [[Int]](repeating: [], count: capabilities.count)
    for (resource, indices) in capabilitiesOfResource.enumerated() {
      for capability in indices { byCapability[capability].append(resource) }
    }
    resourcesByCapability = byCapability
    let resourceIndex = self.resourceIndex
    let prerequisites = resources.map { resource in
      resource.prerequisites.compactMap { resourceIndex[$0.value] }.sorted()
    }
    prerequisitesOfResource = prerequisites
    var dependents = [[Int]](repeating: [], count: resources.count)
    for (resource, needs) in prerequisites.enumerated() {
      for prerequisite in needs { dependents[prerequisite].append(resource) }
    }
    dependentsOfResource = dependents
    var ranksByPattern: [String: [Int]] = [:]
    func ranks(_ condition: CapabilityCondition) -> [Int] {
      let key =
        (condition.capability?.value ?? "*") + "\u{0}" + (condition.domain?.value ?? "")
      if let known = ranksByPattern[key] { return known }
      let glob = condition.capability.map { Glob($0.value) }
      let found = capabilities.indices.filter { index in
        (glob?.matches(capabilities[index].id.value) ?? true)
          && (condition.domain.map { $0.value == capabilities[index].domain } ?? true)
      }.map { rank[$0] }.sorted()
      ranksByPattern[key] = found
      return found
    }
    let compiled = project.rules.map {
      CompiledRule($0, facts: facts, resourcesByCapability: byCapability, ranks: ranks)
    }
    rules = compiled
    var byArchetype: [String: [Int]] = [:]
    for archetype in project.framework.archetypes.map(\.id.value) {
      byArchetype[archetype] = compiled.indices.filter {
        compiled[$0].archetypes?.contains(archetype) ?? true
      }
    }
    rulesByArchetype = byArchetype
    isForArchetype = Dictionary(
      project.framework.archetypes.map { archetype in
        (archetype.id.value, resources.map { $0.isFor(archetype: archetype.id.value) })
      },
      uniquingKeysWith: { first, _ in first })
    expectedLevels = Dictionary(
      project.framework.archetypes.map { archetype in
        (
          archetype.id.value,
          capabilities.map { project.framework.expectedLevel(of: archetype.id.value, in: $0) }
        )
      },
      uniquingKeysWith: { first, _ in first })
  }
}

extension CompiledProject {
  /// Where `capability` sits among a resource's own capabilities (its first place), as a slot
  /// numbered across all resources; nil when the resource does not teach it.
  func slot(of capability: Int, in resource: Int) -> Int? {
    slots(of: resource).first { capabilityOfSlot[$0] == capability }
  }

  /// A resource's slots: its capabilities' places in `capabilityOfSlot`.
  func slots(of resource: Int) -> Range<Int> {
    capabilitySlotStart[resource]..<capabilitySlotStart[resource + 1]
  }
}

/// A rule with what can be known before any learner worked out.
final class CompiledRule: Sendable {
  let rule: Rule
  let weight: Double
  /// Nil holds always.
  let condition: CompiledCondition?
  /// The archetypes it can fire for, when its condition requires some; nil for any.
  let archetypes: Set<String>?
  let effects: [CompiledEffect]
  /// Its `target` effects, which are applied before any other effect.
  let targetEffects: [TargetEffect]

  init(
    _ rule: Rule, facts: ResourceFacts, resourcesByCapability: [[Int]],
    ranks: (CapabilityCondition) -> [Int]
  ) {
    self.rule = rule
    weight = rule.weight.value
    condition = rule.condition.map { CompiledCondition($0, ranks: ranks) }
    archetypes = rule.condition?.requiredArchetypes
    targetEffects = rule.effects.compactMap { effect in
      if case .target(let target) = effect.kind { target } else { nil }
    }
    effects = rule.effects.map {
      CompiledEffect($0, facts: facts, resourcesByCapability: resourcesByCapability)
    }
  }
}

/// An effect whose selector, when it has no placeholder, is already the resources it chooses;
/// and when it selects by `{capability}`, already narrowed, for each capability, by its keys
/// without placeholders.
struct CompiledEffect: Sendable {
  let effect: Effect
  /// The resources a selector without placeholders chooses, in catalogue order.
  let fixedSelection: [Int]?
  /// For a selector on `capability: "{capability}"`: per capability, the resources that teach it
  /// and meet the selector's keys without placeholders (the rest are tested per firing).
  let poolByCapability: [[Int]]?
  /// With `poolByCapability`, when the selector's other keys are all fixed: its level and
  /// minutes bounds, which may hold placeholders; a firing then filters the pool by numbers.
  let poolBounds: PoolBounds?

  init(_ effect: Effect, facts: ResourceFacts, resourcesByCapability: [[Int]]) {
    self.effect = effect
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
      poolByCapability = resourcesByCapability.map { $0.filter(fixedKeys.matches) }
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

/// The numeric keys of a selector (level bounds and most minutes), which may be placeholders.
struct PoolBounds: Sendable {
  let minimumLevel: NumberValue?
  let maximumLevel: NumberValue?
  let maxMinutes: NumberValue?

  /// Calls `body` with each resource of `pool` within the bounds as a firing fills them in; with
  /// none when a bound's placeholder has no value.
  func forEach(
    in pool: [Int], binding: Binding, facts: ResourceFacts, _ body: (Int) -> Void
  ) {
    func value(_ number: NumberValue?, otherwise: Int) -> Int? {
      guard let number else { return otherwise }
      return binding.number(number)
    }
    guard let low = value(minimumLevel, otherwise: Int.min),
      let high = value(maximumLevel, otherwise: Int.max),
      let minutes = value(maxMinutes, otherwise: Int.max)
    else { return }
    for index in pool {
      let level = facts.levels[index]
      if low <= level && level <= high && facts.minutes[index] <= minutes { body(index) }
    }
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
