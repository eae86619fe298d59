/// What the rules say about one learner: targets, firings, and each resource's standing.
///
/// Built by the evaluator, whose walks over rules' selections write its columns in place through
/// the methods below, then only read: the planner, assembler and explainer share its columns.
struct Evaluation: Sendable {
  /// One firing of a rule: once, or once for a bound capability.
  struct Firing: Sendable {
    var rule: RuleIndex
    var capability: CapabilityIndex?
  }

  /// Why a resource is kept out of the plan.
  enum Exclusion: Sendable, Equatable {
    /// By an `exclude` effect of a rule, in one of its firings.
    case rule(firing: FiringIndex)
    /// By the learner's free-only preference.
    case freeOnly
    /// By the learner's preferred formats.
    case formats
  }

  /// Where a term of a resource's score comes from (the terms themselves are found again only
  /// for what is shown: `Evaluator.terms(of:in:)`): a recommend term (weight x the levels
  /// closed of the firing's capability gap), a requirement (a term of 0 that says why), or a
  /// boost (positive) or penalty (negative), already multiplied by the rule's weight.
  enum TermSource: Sendable {
    case recommendation(firing: FiringIndex)
    case requirement(firing: FiringIndex)
    case adjustment(firing: FiringIndex, amount: Double)
  }

  let learner: Learner
  /// Nil is unlimited.
  let budget: Int?
  var assessed: PerCapability<Int>
  var targets: PerCapability<Int>
  var firings = PerFiring<Firing>([])
  /// The values a firing that binds a capability gives to placeholders, made once for the
  /// learner.
  let bindings: PerCapability<Binding>
  /// The values a firing that binds no capability gives to placeholders.
  let unboundBinding: Binding
  var exclusions: Exclusions
  /// Per resource: the firing of the first rule that requires it.
  private(set) var requirements: Requirements
  /// The resources some rule requires, in the order first required.
  private(set) var required: [ResourceIndex] = []
  /// Per resource: the part of its value that levels do not change: the weights of the
  /// recommendations bound to no capability, and boosts and penalties.
  let fixedValue: ResourceColumn<Double>
  /// The columns of the recommendations bound to a capability written per resource, made at
  /// the first: most learners have none.
  ///
  /// Per capability slot (`CompiledProject.slotsOfResource`): the sum of the weights of those
  /// that chose the resource (`weightPerLevel(at:...)` adds those kept as bounds), and whether
  /// one did.
  private var writtenSlots: (weights: SlotColumn<Double>, isRecommended: SlotColumn<Bool>)?
  private let slotCount: Int
  /// The recommendations bound to a capability kept as bounds, not written per resource.
  private var poolRecommendations: PoolRecommendations
  /// Per resource: whether a recommendation bound to no capability chose it.
  let isRecommendedUnbound: ResourceColumn<Bool>
  /// Per resource: whether a recommendation written per resource chose it.
  let isRecommendedWritten: ResourceColumn<Bool>
  /// The resources a recommendation written per resource chose, each once, in the order first
  /// chosen.
  ///
  /// Every other resource is chosen and valued, boosts and penalties aside, by what its
  /// capabilities, level and minutes are under the recommendations kept as bounds
  /// (`CandidateStream` ranks those without valuing each).
  private(set) var recommendedWritten: [ResourceIndex] = []
  /// The resources a boost chose, each once, in the order first chosen.
  private(set) var boosted: [ResourceIndex] = []
  /// Per resource: whether it is in `boosted`.
  private let isBoosted: ResourceColumn<Bool>
  var isCompleted: PerResource<Bool>
  var isForArchetype: PerResource<Bool>

  init(
    learner: Learner, budget: Int?, assessed: PerCapability<Int>, targets: PerCapability<Int>,
    bindings: PerCapability<Binding>, unboundBinding: Binding, slotCount: Int,
    isCompleted: PerResource<Bool>, isForArchetype: PerResource<Bool>
  ) {
    let resourceCount = isCompleted.count
    self.bindings = bindings
    self.unboundBinding = unboundBinding
    self.learner = learner
    self.budget = budget
    self.assessed = assessed
    self.targets = targets
    isRecommendedWritten = ResourceColumn(zeroes: resourceCount)
    isRecommendedUnbound = ResourceColumn(zeroes: resourceCount)
    isBoosted = ResourceColumn(zeroes: resourceCount)
    fixedValue = ResourceColumn(zeroes: resourceCount)
    self.slotCount = slotCount
    poolRecommendations = PoolRecommendations(count: assessed.count)
    exclusions = Exclusions(count: resourceCount)
    requirements = Requirements(count: resourceCount)
    self.isCompleted = isCompleted
    self.isForArchetype = isForArchetype
  }

  // MARK: - Values

  /// Records a recommendation of each resource a firing's selection chooses, by a rule of
  /// `weight`; `capability` is the one the firing binds, nil for none.
  ///
  /// A bound recommendation counts its weight once per level a resource closes in that
  /// capability (nothing for a resource that does not teach it); an unbound one counts it whole.
  /// One that chooses, of all the resources teaching its capability, those within bounds is kept
  /// as those bounds while the capability's others are too.
  mutating func recommend(
    _ selection: FiringSelection, weight: Double, capability: CapabilityIndex?,
    in compiled: CompiledProject
  ) {
    // Bounds a placeholder left without a value choose nothing: nothing to keep or write.
    if case .none = selection { return }
    if let capability {
      let whole = compiled.poolOfCapability[capability]
      if case .bounded(let pool, let levels, let maxMinutes) = selection,
        pool.resources.count == whole.resources.count,
        poolRecommendations.keep(
          .init(weight: weight, levels: levels, maxMinutes: maxMinutes), for: capability)
      {
        return
      }
      for kept in poolRecommendations.writingPerResource(capability) {
        write(
          .bounded(pool: whole, levels: kept.levels, maxMinutes: kept.maxMinutes),
          weight: kept.weight, capability: capability, in: compiled)
      }
    }
    write(selection, weight: weight, capability: capability, in: compiled)
  }

  /// Records a recommendation in the columns of each resource the selection chooses.
  private mutating func write(
    _ selection: FiringSelection, weight: Double, capability: CapabilityIndex?,
    in compiled: CompiledProject
  ) {
    guard let capability else {
      selection.forEach(facts: compiled.facts) { resource in
        markRecommendedWritten(resource)
        fixedValue[resource] += weight
        isRecommendedUnbound[resource] = true
      }
      return
    }
    let written = writtenSlots ?? (SlotColumn(zeroes: slotCount), SlotColumn(zeroes: slotCount))
    writtenSlots = written
    selection.forEachWithSlot(facts: compiled.facts) { resource, poolSlot in
      markRecommendedWritten(resource)
      // A capability's pool knows its slot; other selections look it up.
      guard let slot = poolSlot ?? compiled.slot(of: capability, in: resource) else { return }
      written.weights[slot] += weight
      written.isRecommended[slot] = true
    }
  }

  /// The sum of the weights of the recommendations bound to the capability at a resource's
  /// `slot` that chose it: what each level it closes there is worth.
  @inline(__always)
  func weightPerLevel(
    at slot: SlotIndex, capability: CapabilityIndex, level: Int, minutes: Int
  ) -> Double {
    poolRecommendations.weight(
      of: capability, level: level, minutes: minutes, adding: writtenSlots?.weights[slot] ?? 0)
  }

  /// Whether a recommendation bound to no capability, or to the capability at the resource's
  /// `slot`, chose the resource.
  func isRecommended(
    _ resource: ResourceIndex, forCapabilityAt slot: SlotIndex, in compiled: CompiledProject
  ) -> Bool {
    isRecommendedUnbound[resource] || writtenSlots?.isRecommended[slot] == true
      || poolRecommendations.chooses(
        compiled.capabilityOfSlot[slot], level: compiled.facts.levels[resource],
        minutes: compiled.facts.minutes[resource])
  }

  /// Whether a rule recommends a resource.
  @inline(__always)
  func isRecommended(_ resource: ResourceIndex, in compiled: CompiledProject) -> Bool {
    if isRecommendedWritten[resource] { return true }
    let level = compiled.facts.levels[resource]
    let minutes = compiled.facts.minutes[resource]
    return compiled.slots(of: resource).contains { slot in
      poolRecommendations.chooses(
        compiled.capabilityOfSlot[slot], level: level, minutes: minutes)
    }
  }

  /// Excludes each resource a firing's selection chooses that nothing excluded before.
  mutating func exclude(_ selection: FiringSelection, firing: FiringIndex, facts: ResourceFacts) {
    selection.forEach(facts: facts) { resource in
      if exclusions[resource] == nil { exclusions[resource] = .rule(firing: firing) }
    }
  }

  /// Adds a boost (positive) or penalty (negative), already multiplied by the rule's weight, to
  /// each resource a firing's selection chooses.
  mutating func adjust(_ selection: FiringSelection, by amount: Double, facts: ResourceFacts) {
    guard amount > 0 else {
      selection.forEach(facts: facts) { fixedValue[$0] += amount }
      return
    }
    selection.forEach(facts: facts) { resource in
      fixedValue[resource] += amount
      guard !isBoosted[resource] else { return }
      isBoosted[resource] = true
      boosted.append(resource)
    }
  }

  /// Records that a recommendation written per resource chose a resource.
  @inline(__always)
  private mutating func markRecommendedWritten(_ resource: ResourceIndex) {
    guard !isRecommendedWritten[resource] else { return }
    isRecommendedWritten[resource] = true
    recommendedWritten.append(resource)
  }

  /// Records that a firing requires a resource; only the first requirement counts.
  mutating func require(_ resource: ResourceIndex, firing: FiringIndex) {
    guard requirements[resource] == nil else { return }
    requirements[resource] = firing
    required.append(resource)
  }

  /// The values a firing gives to placeholders.
  func binding(of firing: Firing) -> Binding {
    firing.capability.map { bindings[$0] } ?? unboundBinding
  }

  /// Whether a resource may be planned at all.
  func isAvailable(_ resource: ResourceIndex) -> Bool {
    isForArchetype[resource] && !isCompleted[resource] && exclusions[resource] == nil
  }
}
