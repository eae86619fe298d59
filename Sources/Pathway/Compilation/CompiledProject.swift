/// A project prepared once for planning many learners: resources and capabilities indexed,
/// rules indexed by archetype, selectors without placeholders resolved to resource sets.
///
/// Read-only once built, so workers can share it.
public struct CompiledProject: Sendable {
  public let project: Project
  var framework: Framework { project.framework }
  /// Sorted by id; a resource's position is its index everywhere below.
  var resources: [Resource] { project.resources }
  let resourceIndex: [String: Int]
  /// In the framework's order; a capability's position is its index everywhere below.
  let capabilities: [Framework.Capability]
  let capabilityIndex: [String: Int]
  /// For each capability, the resources that teach it.
  let resourcesByCapability: [[Int]]
  /// For each resource, its capabilities' indices.
  let capabilitiesOfResource: [[Int]]
  /// For each resource, its prerequisites' indices.
  let prerequisitesOfResource: [[Int]]
  /// Sorted by id.
  let rules: [CompiledRule]
  /// For each archetype, the rules that can fire for it, in id order.
  let rulesByArchetype: [String: [Int]]

  /// Compiles a loaded, valid project.
  public init(_ project: Project) {
    self.project = project
    let resources = project.resources
    resourceIndex = Dictionary(
      resources.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    capabilities = project.framework.capabilities
    let capabilityIndex = Dictionary(
      capabilities.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    self.capabilityIndex = capabilityIndex
    capabilitiesOfResource = resources.map { resource in
      resource.capabilities.compactMap { capabilityIndex[$0.value] }
    }
    var byCapability = [[Int]](repeating: [], count: capabilities.count)
    for (resource, indices) in capabilitiesOfResource.enumerated() {
      for capability in indices { byCapability[capability].append(resource) }
    }
    resourcesByCapability = byCapability
    let resourceIndex = self.resourceIndex
    prerequisitesOfResource = resources.map { resource in
      resource.prerequisites.compactMap { resourceIndex[$0.value] }.sorted()
    }
    let capabilityIDs = capabilities.map(\.id.value)
    let compiled = project.rules.map {
      CompiledRule($0, resources: resources, capabilityIDs: capabilityIDs)
    }
    rules = compiled
    var byArchetype: [String: [Int]] = [:]
    for archetype in project.framework.archetypes.map(\.id.value) {
      byArchetype[archetype] = compiled.indices.filter {
        compiled[$0].archetypes?.contains(archetype) ?? true
      }
    }
    rulesByArchetype = byArchetype
  }
}

/// A rule with what can be known before any learner worked out.
struct CompiledRule: Sendable {
  let rule: Rule
  /// The archetypes it can fire for, when its condition requires some; nil for any.
  let archetypes: Set<String>?
  let effects: [CompiledEffect]

  init(_ rule: Rule, resources: [Resource], capabilityIDs: [String]) {
    self.rule = rule
    archetypes = rule.condition?.requiredArchetypes
    effects = rule.effects.map { CompiledEffect($0, resources: resources) }
  }

}

/// An effect whose selector, when it has no placeholder, is already a set of resources.
struct CompiledEffect: Sendable {
  let effect: Effect
  /// The resources a selector without placeholders chooses.
  let fixedSelection: BitSet?

  init(_ effect: Effect, resources: [Resource]) {
    self.effect = effect
    if let selector = effect.selector, !selector.isDynamic {
      var selection = BitSet(capacity: resources.count)
      let matcher = ResourceMatcher(selector: selector, binding: nil)
      for (index, resource) in resources.enumerated() where matcher.matches(resource) {
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
