/// Chooses and orders a learner's steps: required first, then by value per minute within the budget.
///
/// A resource's value is what it adds to the gaps still open after the steps already chosen.
/// The greedy plan is one of several that `PlanSearch` grows from different starts; the one with
/// the most points is kept.
struct Planner {
  let compiled: CompiledProject
  let evaluation: Evaluation

  /// The chosen steps, in the order they were chosen.
  func choose() -> PlanningState {
    search().best()
  }

  /// The search over plans, from the state after the required steps.
  func search() -> PlanSearch {
    var required = PlanningState(
      reached: evaluation.assessed, targets: evaluation.targets)
    for resource in evaluation.required.sorted()
    where isRequiredAndPlannable(resource) && !required.isPlanned(resource) {
      guard let bundle = bundle(for: resource, in: required, isRequired: true) else { continue }
      for member in bundle { add(member, to: &required, isMandatory: true) }
    }
    // Every candidate's option after the required steps, ranked as the plans read them: the
    // seed of every greedy run; and the few highest-scoring, where the other plans start.
    var (byScore, byRatio) = CandidateStream.ranking(
      CandidateStream.Candidates(planner: self, state: required), by: self)
    let highestScoring = (0..<PlanSearch.firstChoices).compactMap { _ in
      byScore.next(in: required, by: self)
    }
    return PlanSearch(
      planner: self, required: required, highestScoring: highestScoring, seeded: byRatio)
  }

  /// Whether a resource is a candidate for the plan beyond what is required: recommended and
  /// available.
  @inline(__always)
  func isCandidate(_ resource: ResourceIndex) -> Bool {
    evaluation.isRecommended(resource, in: compiled) && evaluation.isAvailable(resource)
  }

  /// Whether a resource is required and may be planned: a rule's exclusion beats a requirement,
  /// a preference does not.
  func isRequiredAndPlannable(_ resource: ResourceIndex) -> Bool {
    guard evaluation.requirements[resource] != nil else { return false }
    if case .rule = evaluation.exclusions[resource] { return false }
    return evaluation.isForArchetype[resource] && !evaluation.isCompleted[resource]
  }

  // MARK: - Greedy

  /// A candidate's bundle valued: what the greedy choice compares.
  ///
  /// Plain numbers, so that the heap moves and copies them freely; the bundle's members are found
  /// again when it is chosen.
  struct Option {
    let candidate: ResourceIndex
    let score: Double
    let minutes: Int
    /// Score per minute.
    let ratio: Double

    init(candidate: ResourceIndex, score: Double, minutes: Int) {
      self.candidate = candidate
      self.score = score
      self.minutes = minutes
      ratio = score / Double(minutes)
    }

    /// Whether it ranks below another: lower score per minute, then lower score, then later id.
    func ranksBelow(_ other: Option) -> Bool {
      if ratio != other.ratio { return ratio < other.ratio }
      if score != other.score { return score < other.score }
      return candidate > other.candidate
    }
  }

  /// A candidate's option when it raises an open gap, its bundle fits the budget left and scores
  /// above 0.
  func option(for candidate: ResourceIndex, in state: PlanningState) -> Option? {
    // A bundle lasts at least as long as its candidate: one that cannot fit is not looked at.
    guard fits(compiled.facts.minutes[candidate], in: state) else { return nil }
    let minutes: Int
    let score: Double
    if compiled.prerequisitesOfResource[candidate].isEmpty {
      // The common case: the candidate alone, valued without a bundle or a copy of the levels.
      guard let value = valueIfRaisingOpenGap(candidate, reached: state.reached) else { return nil }
      minutes = compiled.facts.minutes[candidate]
      score = value
    } else {
      guard raisesOpenGap(candidate, in: state),
        let bundle = bundle(for: candidate, in: state)
      else { return nil }
      minutes = bundle.reduce(0) { $0 + compiled.facts.minutes[$1] }
      guard fits(minutes, in: state) else { return nil }
      score = bundleScore(bundle, in: state)
    }
    return score > 0 ? Option(candidate: candidate, score: score, minutes: minutes) : nil
  }

  /// The resources an option adds, prerequisites first, as of the state it was valued in (where
  /// its bundle exists, or it would have no option; the candidate alone is only a fallback).
  func members(of option: Option, in state: PlanningState) -> [ResourceIndex] {
    bundle(for: option.candidate, in: state) ?? [option.candidate]
  }

  /// Adds, again and again, the candidate whose bundle fits the budget left and has the highest
  /// score per minute (ties: higher score, then id), until none fits or raises an open gap.
  ///
  /// Lazily (`CandidateStream`): a candidate's value only falls as gaps close, so only the best
  /// is valued again. The exceptions are candidates whose prerequisites were just planned (their
  /// bundle shrank), which are valued again at once; `refreshing` names those of a starting
  /// state.
  ///
  /// It stops as soon as every gap is closed; and once few resources are short enough to fit the
  /// budget left, it chooses among those directly instead of drawing on the rest of the stream.
  func fill(
    _ state: inout PlanningState, from seeded: CandidateStream, refreshing: [ResourceIndex] = []
  ) {
    var stream = seeded
    for candidate in refreshing
    where isCandidate(candidate) && !state.isPlanned(candidate) {
      option(for: candidate, in: state).map { stream.push($0, in: state) }
    }
    // How many resources are short enough to fit the budget left, counted again as it shrinks.
    func fitting() -> Int? {
      evaluation.budget.map { compiled.resourceCount(lastingAtMost: $0 - state.minutes) }
    }
    var short = fitting()
    while state.openGaps > 0 {
      // Once the resources short enough to fit are a quarter of what the stream may still give
      // or fewer, valuing those afresh at each step costs less.
      if let budget = evaluation.budget, let short, short <= stream.remaining / 4 {
        fillAmongFitting(&state, budget: budget)
        return
      }
      guard let best = stream.next(in: state, by: self) else { return }
      guard !state.isPlanned(best.candidate) else { continue }
      let bundle = members(of: best, in: state)
      for member in bundle { add(member, to: &state, isMandatory: false) }
      state.picks.append(best.candidate)
      short = fitting()
      for candidate in dependents(of: bundle)
      where isCandidate(candidate) && !state.isPlanned(candidate) {
        option(for: candidate, in: state).map { stream.push($0, in: state) }
      }
    }
  }

  /// Adds, again and again, the best option among the candidates short enough to fit the budget
  /// left, each valued afresh: the heap's choice too, since a bundle lasts at least as long as
  /// its candidate.
  private func fillAmongFitting(
    _ state: inout PlanningState, budget: Int
  ) {
    while state.openGaps > 0 {
      let short = compiled.resourceCount(lastingAtMost: budget - state.minutes)
      var best: Option?
      for candidate in compiled.resourcesByMinutes[..<short]
      where isCandidate(candidate) && !state.isPlanned(candidate) {
        guard let option = option(for: candidate, in: state) else { continue }
        if best.map({ $0.ranksBelow(option) }) ?? true { best = option }
      }
      guard let best else { return }
      for member in members(of: best, in: state) { add(member, to: &state, isMandatory: false) }
      state.picks.append(best.candidate)
    }
  }

  /// The resources that need any of `resources` first, at any depth.
  func dependents(of resources: [ResourceIndex]) -> [ResourceIndex] {
    guard resources.contains(where: { !compiled.dependentsOfResource[$0].isEmpty }) else {
      return []
    }
    var found: Set<ResourceIndex> = []
    var pending = resources
    while let resource = pending.popLast() {
      for dependent in compiled.dependentsOfResource[resource]
      where found.insert(dependent).inserted {
        pending.append(dependent)
      }
    }
    return found.sorted()
  }

  /// Whether `minutes` more fit the budget left.
  func fits(_ minutes: Int, in state: PlanningState) -> Bool {
    evaluation.budget.map { state.minutes + minutes <= $0 } ?? true
  }

  // MARK: - Bundles

  /// The resource with the prerequisites it still needs (not completed, not planned), prerequisites
  /// first; nil when a prerequisite can never be planned for this learner.
  func bundle(
    for resource: ResourceIndex, in state: PlanningState, isRequired: Bool = false
  ) -> [ResourceIndex]? {
    if compiled.prerequisitesOfResource[resource].isEmpty { return [resource] }
    // A bundle holds a handful of resources: arrays, not a set, so that nothing is hashed, each
    // made room for once. A resource met before is on the stack or in the order already.
    var order: [ResourceIndex] = []
    order.reserveCapacity(4)
    // Iterative post-order walk over prerequisites, in id order.
    var stack: [(resource: ResourceIndex, next: Int)] = []
    stack.reserveCapacity(4)
    stack.append((resource, 0))
    while let top = stack.last {
      let prerequisites = compiled.prerequisitesOfResource[top.resource]
      guard top.next < prerequisites.count else {
        order.append(top.resource)
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].next += 1
      let prerequisite = prerequisites[top.next]
      guard !evaluation.isCompleted[prerequisite], !state.isPlanned(prerequisite),
        !order.contains(prerequisite), !stack.contains(where: { $0.resource == prerequisite })
      else { continue }
      guard canPlanAsPrerequisite(prerequisite, ofRequired: isRequired) else { return nil }
      stack.append((prerequisite, 0))
    }
    return order
  }

  /// Whether a prerequisite may be planned: for the archetype and not excluded; as the
  /// prerequisite of a required resource, a preference does not keep it out (a rule does).
  func canPlanAsPrerequisite(_ resource: ResourceIndex, ofRequired: Bool = false) -> Bool {
    guard evaluation.isForArchetype[resource] else { return false }
    switch evaluation.exclusions[resource] {
    case nil: return true
    case .rule: return false
    case .freeOnly, .formats: return ofRequired
    }
  }

  /// The members' marginal scores added, each counted after the members before it.
  func bundleScore(_ bundle: [ResourceIndex], in state: PlanningState) -> Double {
    var reached = state.reached
    var total = 0.0
    for member in bundle {
      total += value(of: member, reached: reached)
      raise(&reached, by: member)
    }
    return total
  }

  // MARK: - Scores

  /// Whether a resource would raise a capability that is still below its target.
  func raisesOpenGap(_ resource: ResourceIndex, in state: PlanningState) -> Bool {
    let level = compiled.facts.levels[resource]
    return compiled.slots(of: resource).contains { slot in
      let capability = compiled.capabilityOfSlot[slot]
      return state.reached[capability] < evaluation.targets[capability]
        && level > state.reached[capability]
    }
  }

  /// A resource's value with the levels reached so far, the sum of its terms: recommend terms
  /// count only the gap still open, each level closed worth the rule's weight; the rest are fixed.
  func value(of resource: ResourceIndex, reached: PerCapability<Int>) -> Double {
    valueClosing(resource, reached: reached).value
  }

  /// A resource's value, or nil when it raises no capability still below its target: the
  /// greedy's test and valuation in one pass over the capabilities it teaches.
  func valueIfRaisingOpenGap(_ resource: ResourceIndex, reached: PerCapability<Int>) -> Double? {
    let valued = valueClosing(resource, reached: reached)
    return valued.closesAny ? valued.value : nil
  }

  /// A resource's value without its fixed part (boosts, penalties, recommendations bound to no
  /// capability): what levels alone make it worth; nil when it raises no capability still below
  /// its target.
  func valueWithoutFixedPart(_ resource: ResourceIndex, reached: PerCapability<Int>) -> Double? {
    let valued = valueClosing(resource, reached: reached, from: 0)
    return valued.closesAny ? valued.value : nil
  }

  /// A resource's value, and whether it closes a level of some gap (a level above the one
  /// reached, up to the target).
  @inline(__always)
  private func valueClosing(
    _ resource: ResourceIndex, reached: PerCapability<Int>, from fixedPart: Double? = nil
  ) -> (value: Double, closesAny: Bool) {
    var total = fixedPart ?? evaluation.fixedValue[resource]
    var closesAny = false
    let level = compiled.facts.levels[resource]
    for slot in compiled.slots(of: resource) {
      let capability = compiled.capabilityOfSlot[slot]
      let closed = Swift.min(level, evaluation.targets[capability]) - reached[capability]
      guard closed > 0 else { continue }
      closesAny = true
      let weight = evaluation.weightPerLevel(
        at: slot, capability: capability, level: level, minutes: compiled.facts.minutes[resource])
      total += weight * Double(closed)
    }
    return (total, closesAny)
  }

  /// A resource's terms, as its value adds them up, with `closed` giving the levels it would
  /// close in a capability: recommend terms count only those; a requirement adds a term of 0 that
  /// says why; ordered by rule id, then capability.
  func terms(
    of resource: ResourceIndex, sources: [Evaluation.TermSource],
    closed: (CapabilityIndex) -> Int
  ) -> [PlanningState.ScoredTerm] {
    var terms: [PlanningState.ScoredTerm] = []
    for source in sources {
      switch source {
      case .recommendation(let firingIndex):
        let firing = evaluation.firings[firingIndex]
        let weight = compiled.rules[firing.rule].weight
        guard let capability = firing.capability else {
          terms.append(.init(firing: firingIndex, value: weight))
          continue
        }
        guard compiled.capabilitiesOfResource[resource].contains(capability) else { continue }
        let levels = closed(capability)
        if levels > 0 { terms.append(.init(firing: firingIndex, value: weight * Double(levels))) }
      case .requirement(let firingIndex):
        terms.append(.init(firing: firingIndex, value: 0))
      case .adjustment(let firingIndex, let amount):
        terms.append(.init(firing: firingIndex, value: amount))
      }
    }
    return terms
  }

  /// A resource's terms with the levels reached so far.
  func terms(of resource: ResourceIndex, reached: PerCapability<Int>)
    -> [PlanningState.ScoredTerm]
  {
    let level = compiled.facts.levels[resource]
    let sources = Evaluator(compiled: compiled).terms(of: [resource], in: evaluation)[0]
    return terms(of: resource, sources: sources) { capability in
      Swift.min(level, evaluation.targets[capability]) - reached[capability]
    }
  }

  /// Raises the levels a resource teaches, up to its level and no further than each target.
  func raise(_ reached: inout PerCapability<Int>, by resource: ResourceIndex) {
    let level = compiled.facts.levels[resource]
    for slot in compiled.slots(of: resource) {
      let capability = compiled.capabilityOfSlot[slot]
      let to = Swift.min(level, evaluation.targets[capability])
      if to > reached[capability] { reached[capability] = to }
    }
  }

  /// Adds a resource as the next step, with its value at this moment.
  func add(_ resource: ResourceIndex, to state: inout PlanningState, isMandatory: Bool) {
    let score = value(of: resource, reached: state.reached)
    raise(&state.reached, by: resource)
    state.countOpenGaps(targets: evaluation.targets)
    state.markPlanned(resource)
    state.minutes += compiled.facts.minutes[resource]
    state.choices.append(
      PlanningState.Choice(resource: resource, score: score, isMandatory: isMandatory))
  }

  /// Each choice's raises, in capability order, found by adding the choices again in order from
  /// the levels assessed.
  func raises(_ choices: [PlanningState.Choice]) -> [[PlanningState.Raise]] {
    var reached = evaluation.assessed
    return choices.map { choice in
      let level = compiled.facts.levels[choice.resource]
      let raises = compiled.capabilitiesOfResource[choice.resource].sorted().compactMap {
        capability -> PlanningState.Raise? in
        let from = reached[capability]
        let to = Swift.min(level, evaluation.targets[capability])
        return to > from ? PlanningState.Raise(capability: capability, from: from, to: to) : nil
      }
      raise(&reached, by: choice.resource)
      return raises
    }
  }
}
