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
  /// For each capability, the resources that teach it.
  let resourcesByCapability: [[Int]]
  /// For each resource, its capabilities' indices.
  let capabilitiesOfResource: [[Int]]
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
    let capabilityIndex = Dictionary(
      capabilities.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    self.capabilityIndex = capabilityIndex
    let byID = capabilities.indices.sorted { capabilities[$0].id.value < capabilities[$1].id.value }
    var rank = [Int](repeating: 0, count: capabilities.count)
    for (position, index) in byID.enumerated() { rank[index] = position }
    capabilityIDRank = rank
    capabilitiesOfResource = resources.map { resource in
      resource.capabilities.compactMap { capabilityIndex[$0.value] }
    }
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
    let capabilitiesOfResource = self.capabilitiesOfResource
    let compiled = project.rules.map {
      CompiledRule(
        $0, resources: resources, capabilities: project.framework.capabilities,
        capabilitiesOfResource: capabilitiesOfResource)
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
  }
}

/// A rule with what can be known before any learner worked out.
struct CompiledRule: Sendable {
  let rule: Rule
  /// The archetypes it can fire for, when its condition requires some; nil for any.
  let archetypes: Set<String>?
  let effects: [CompiledEffect]

  init(
    _ rule: Rule, resources: [Resource], capabilities: [Framework.Capability],
    capabilitiesOfResource: [[Int]]
  ) {
    self.rule = rule
    archetypes = rule.condition?.requiredArchetypes
    effects = rule.effects.map {
      CompiledEffect(
        $0, resources: resources, capabilities: capabilities,
        capabilitiesOfResource: capabilitiesOfResource)
    }
  }

}

/// An effect whose selector, when it has no placeholder, is already a set of resources.
struct CompiledEffect: Sendable {
  let effect: Effect
  /// The resources a selector without placeholders chooses.
  let fixedSelection: BitSet?

  init(
    _ effect: Effect, resources: [Resource], capabilities: [Framework.Capability],
    capabilitiesOfResource: [[Int]]
  ) {
    self.effect = effect
    if let selector = effect.selector, !selector.isDynamic {
      var selection = BitSet(capacity: resources.count)
      let matcher = ResourceMatcher(selector: selector, binding: nil, capabilities: capabilities)
      for (index, resource) in resources.enumerated()
      where matcher.matches(resource, capabilityIndices: capabilitiesOfResource[index]) {
        selection.insert(index)
      }
      fixedSelection = selection
    } else {
      fixedSelection = nil
    }
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
