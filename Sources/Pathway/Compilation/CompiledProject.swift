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
  /// The capabilities' indices sorted by id: a capability's rank is its place here (firings and
  /// terms list in id order).
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

  /// How many resources last `minutes` or less: the length of the prefix of
  /// `resourcesByMinutes` that does.
  func resourceCount(lastingAtMost minutes: Int) -> Int {
    var (low, high) = (0, resourcesByMinutes.count)
    while low < high {
      let middle = (low + high) / 2
      if facts.minutes[resourcesByMinutes[middle]] <= minutes {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }

  /// A resource's slots: its capabilities' places in `capabilityOfSlot`.
  func slots(of resource: Int) -> Range<Int> {
    capabilitySlotStart[resource]..<capabilitySlotStart[resource + 1]
  }
}
