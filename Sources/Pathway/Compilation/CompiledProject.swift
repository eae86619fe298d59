/// A project prepared once for planning many learners: resources and capabilities indexed,
/// rules indexed by archetype, selectors without placeholders resolved to resource sets.
///
/// Read-only once built, so workers share one copy; a class, so that handing it from stage to
/// stage costs one reference, not one per array.
public final class CompiledProject: Sendable {
  public let project: Project
  let framework: Framework
  /// Sorted by id; a resource's position is its index everywhere below.
  let resources: PerResource<Resource>
  let resourceIndex: [String: ResourceIndex]
  /// In the framework's order; a capability's position is its index everywhere below.
  let capabilities: PerCapability<Framework.Capability>
  let capabilityIndex: [String: CapabilityIndex]
  /// The capability at each rank: the capabilities sorted by id (firings and terms list in id
  /// order).
  let capabilityAtRank: TypedArray<IndexKind.CapabilityRank, CapabilityIndex>
  /// For each capability, the resources that teach it, with its slot in each.
  let poolOfCapability: PerCapability<CapabilityPool>
  /// The same pools, shortest resource first (ties by index): what asks for the shortest that
  /// would do stops at the first, and what asks whether one fits stops at the first too long.
  let poolByMinutes: PerCapability<CapabilityPool>
  /// For each resource, its capabilities' indices.
  let capabilitiesOfResource: PerResource<[CapabilityIndex]>
  /// Every resource's capabilities in one run, resource after resource: a resource's k-th
  /// capability is at slot `slotsOfResource[resource].lowerBound.advanced(by: k)`.
  let capabilityOfSlot: PerSlot<CapabilityIndex>
  /// For each resource, where its capabilities are in `capabilityOfSlot`.
  let slotsOfResource: PerResource<Range<SlotIndex>>
  /// What selectors test, per resource.
  let facts: ResourceFacts
  /// Every resource, shortest first (ties by index).
  let resourcesByMinutes: [ResourceIndex]
  /// For each resource, its prerequisites' indices.
  let prerequisitesOfResource: PerResource<[ResourceIndex]>
  /// For each resource, the resources that name it as a prerequisite.
  let dependentsOfResource: PerResource<[ResourceIndex]>
  /// The resources that need nothing first, grouped by what they teach and at what level.
  let resourceGroups: ResourceGroups
  /// Sorted by id.
  let rules: PerRule<CompiledRule>
  /// For each archetype, the rules that can fire for it, in id order.
  let rulesByArchetype: [String: [RuleIndex]]
  /// For each archetype, whether each resource is meant for it.
  let isForArchetype: [String: PerResource<Bool>]
  /// For each archetype, the level the framework expects in each capability.
  let expectedLevels: [String: PerCapability<Int>]

  /// Compiles a loaded, valid project.
  public convenience init(_ project: Project) {
    let facts = ResourceFacts(project.resources, capabilities: project.framework.capabilities)
    self.init(project, facts: facts)
  }

  /// Compiles a loaded, valid project whose resources' `facts` are already known.
  init(_ project: Project, facts: ResourceFacts) {
    self.project = project
    framework = project.framework
    let resources = PerResource(project.resources)
    self.resources = resources
    resourceIndex = facts.resourceIDs
    let capabilities = PerCapability(project.framework.capabilities)
    self.capabilities = capabilities
    self.facts = facts
    capabilityIndex = facts.capabilityIndex
    resourcesByMinutes = resources.indices.sorted {
      (facts.minutes[$0], $0) < (facts.minutes[$1], $1)
    }
    let byID = capabilities.indices.sorted { capabilities[$0].id.value < capabilities[$1].id.value }
    var rank = PerCapability(repeating: CapabilityRank(0), count: capabilities.count)
    for (position, index) in byID.enumerated() { rank[index] = CapabilityRank(position) }
    capabilityAtRank = TypedArray(byID)
    capabilitiesOfResource = facts.capabilities
    capabilityOfSlot = PerSlot(facts.capabilities.flatMap { $0 })
    var slots = PerResource<Range<SlotIndex>>([])
    slots.reserveCapacity(resources.count)
    var start = SlotIndex(0)
    for indices in facts.capabilities {
      slots.append(start..<start.advanced(by: indices.count))
      start = start.advanced(by: indices.count)
    }
    slotsOfResource = slots
    let (capabilityCount, capabilityOfSlot) = (capabilities.count, self.capabilityOfSlot)
    /// Each capability's pool, its resources in the order of `resources`.
    func pools(_ resources: some Sequence<ResourceIndex>) -> PerCapability<CapabilityPool> {
      var pools = PerCapability(repeating: CapabilityPool(), count: capabilityCount)
      for resource in resources {
        for slot in slots[resource] {
          pools[capabilityOfSlot[slot]].append(resource, slot: slot)
        }
      }
      return pools
    }
    let byCapability = pools(capabilitiesOfResource.indices)
    poolOfCapability = byCapability
    poolByMinutes = pools(resourcesByMinutes)
    let resourceIndex = self.resourceIndex
    let prerequisites = PerResource(
      resources.indices.map { resource in
        resources[resource].prerequisites.compactMap { resourceIndex[$0.value] }.sorted()
      })
    prerequisitesOfResource = prerequisites
    var dependents = PerResource<[ResourceIndex]>(repeating: [], count: resources.count)
    for resource in prerequisites.indices {
      for prerequisite in prerequisites[resource] { dependents[prerequisite].append(resource) }
    }
    dependentsOfResource = dependents
    resourceGroups = ResourceGroups(
      byMinutes: resourcesByMinutes, facts: facts, prerequisites: prerequisites)
    var ranksByPattern: [String: [CapabilityRank]] = [:]
    func ranks(_ condition: CapabilityCondition) -> [CapabilityRank] {
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
    let compiled = PerRule(
      project.rules.map {
        CompiledRule($0, facts: facts, poolOfCapability: byCapability, ranks: ranks)
      })
    rules = compiled
    var byArchetype: [String: [RuleIndex]] = [:]
    for archetype in project.framework.archetypes.map(\.id.value) {
      byArchetype[archetype] = compiled.indices.filter {
        compiled[$0].archetypes?.contains(archetype) ?? true
      }
    }
    rulesByArchetype = byArchetype
    isForArchetype = Dictionary(
      project.framework.archetypes.map { archetype in
        (
          archetype.id.value,
          PerResource(resources.indices.map { facts.isFor($0, archetype: archetype.id.value) })
        )
      },
      uniquingKeysWith: { first, _ in first })
    expectedLevels = Dictionary(
      project.framework.archetypes.map { archetype in
        (
          archetype.id.value,
          PerCapability(
            capabilities.map { project.framework.expectedLevel(of: archetype.id.value, in: $0) })
        )
      },
      uniquingKeysWith: { first, _ in first })
  }
}

extension CompiledProject {
  /// Where `capability` sits among a resource's own capabilities (its first place), as a slot
  /// numbered across all resources; nil when the resource does not teach it.
  func slot(of capability: CapabilityIndex, in resource: ResourceIndex) -> SlotIndex? {
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
  func slots(of resource: ResourceIndex) -> Range<SlotIndex> {
    slotsOfResource[resource]
  }
}
