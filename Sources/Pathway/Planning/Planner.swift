/// Chooses and orders a learner's steps: required first, then by value per minute within the budget.
///
/// A resource's value is what it adds to the gaps still open after the steps already chosen.
/// The greedy plan is compared with the plan that starts from the single most valuable bundle
/// that fits, and the better kept: the cost-effective greedy with its guarantee for budgeted coverage.
struct Planner {
  let compiled: CompiledProject
  let evaluation: Evaluation

  /// The chosen steps, in the order they were chosen.
  func choose() -> PlanningState {
    var required = PlanningState(
      reached: evaluation.assessed,
      isPlanned: Array(repeating: false, count: compiled.resources.count))
    for resource in compiled.resources.indices
    where isRequiredAndPlannable(resource) && !required.isPlanned[resource] {
      guard let bundle = bundle(for: resource, in: required) else { continue }
      for member in bundle { add(member, to: &required, isMandatory: true) }
    }
    let candidates = compiled.resources.indices.filter {
      !evaluation.recommendations[$0].isEmpty && evaluation.isAvailable($0)
    }
    var greedy = required
    fill(&greedy, from: candidates)
    guard let best = bestSingleBundle(after: required, from: candidates) else { return greedy }
    var alternative = required
    for member in best { add(member, to: &alternative, isMandatory: false) }
    fill(&alternative, from: candidates)
    return alternative.score > greedy.score ? alternative : greedy
  }

  /// Whether a resource is required and may be planned: a rule's exclusion beats a requirement,
  /// a preference does not.
  func isRequiredAndPlannable(_ resource: Int) -> Bool {
    guard evaluation.requirements[resource] != nil else { return false }
    if case .rule = evaluation.exclusions[resource] { return false }
    return evaluation.isForArchetype[resource] && !evaluation.isCompleted[resource]
  }

  // MARK: - Greedy

  /// Adds, again and again, the candidate whose bundle fits the budget left and has the highest
  /// score per minute (ties: higher score, then id), until none fits or raises an open gap.
  private func fill(_ state: inout PlanningState, from candidates: [Int]) {
    while let choice = bestRatio(in: state, from: candidates) {
      for member in choice { add(member, to: &state, isMandatory: false) }
    }
  }

  private func bestRatio(in state: PlanningState, from candidates: [Int]) -> [Int]? {
    var best: (bundle: [Int], ratio: Double, score: Double)?
    for candidate in candidates where !state.isPlanned[candidate] {
      guard let (bundle, score, minutes) = worthwhileBundle(for: candidate, in: state) else {
        continue
      }
      let ratio = score / Double(minutes)
      if let current = best,
        ratio < current.ratio || (ratio == current.ratio && score <= current.score)
      {
        continue
      }
      best = (bundle, ratio, score)
    }
    return best?.bundle
  }

  /// The single bundle with the highest score that fits the budget left (ties: fewer minutes, then id).
  private func bestSingleBundle(after state: PlanningState, from candidates: [Int]) -> [Int]? {
    var best: (bundle: [Int], score: Double, minutes: Int)?
    for candidate in candidates where !state.isPlanned[candidate] {
      guard let (bundle, score, minutes) = worthwhileBundle(for: candidate, in: state) else {
        continue
      }
      if let current = best,
        score < current.score || (score == current.score && minutes >= current.minutes)
      {
        continue
      }
      best = (bundle, score, minutes)
    }
    return best?.bundle
  }

  /// A candidate's bundle, its score and minutes, when it raises an open gap, fits the budget
  /// left and scores above 0.
  func worthwhileBundle(for candidate: Int, in state: PlanningState) -> (
    bundle: [Int], score: Double, minutes: Int
  )? {
    guard raisesOpenGap(candidate, in: state), let bundle = bundle(for: candidate, in: state) else {
      return nil
    }
    let minutes = bundle.reduce(0) { $0 + compiled.resources[$1].minutes.value }
    guard fits(minutes, in: state) else { return nil }
    let score = bundleScore(bundle, in: state)
    return score > 0 ? (bundle, score, minutes) : nil
  }

  /// Whether `minutes` more fit the budget left.
  func fits(_ minutes: Int, in state: PlanningState) -> Bool {
    evaluation.budget.map { state.minutes + minutes <= $0 } ?? true
  }

  // MARK: - Bundles

  /// The resource with the prerequisites it still needs (not completed, not planned), prerequisites
  /// first; nil when a prerequisite can never be planned for this learner.
  func bundle(for resource: Int, in state: PlanningState) -> [Int]? {
    var order: [Int] = []
    var visited: Set<Int> = [resource]
    // Iterative post-order walk over prerequisites, in id order.
    var stack: [(resource: Int, next: Int)] = [(resource, 0)]
    while let top = stack.last {
      let prerequisites = compiled.prerequisitesOfResource[top.resource]
      guard top.next < prerequisites.count else {
        order.append(top.resource)
        stack.removeLast()
        continue
      }
      stack[stack.count - 1].next += 1
      let prerequisite = prerequisites[top.next]
      guard !evaluation.isCompleted[prerequisite], !state.isPlanned[prerequisite],
        visited.insert(prerequisite).inserted
      else { continue }
      guard canPlanAsPrerequisite(prerequisite) else { return nil }
      stack.append((prerequisite, 0))
    }
    return order
  }

  /// Whether a prerequisite may be planned: for the archetype and not excluded (a preference
  /// does not keep out a prerequisite of a required resource either).
  func canPlanAsPrerequisite(_ resource: Int) -> Bool {
    evaluation.isForArchetype[resource] && evaluation.exclusions[resource] == nil
  }

  /// The members' marginal scores added, each counted after the members before it.
  func bundleScore(_ bundle: [Int], in state: PlanningState) -> Double {
    var reached = state.reached
    var total = 0.0
    for member in bundle {
      total += terms(of: member, reached: reached).reduce(0) { $0 + $1.value }
      raise(&reached, by: member)
    }
    return total
  }

  // MARK: - Scores

  /// Whether a resource would raise a capability that is still below its target.
  func raisesOpenGap(_ resource: Int, in state: PlanningState) -> Bool {
    let level = compiled.resources[resource].level.value
    return compiled.capabilitiesOfResource[resource].contains { capability in
      state.reached[capability] < evaluation.targets[capability]
        && level > state.reached[capability]
    }
  }

  /// A resource's terms with the levels reached so far: recommend terms count only the gap still
  /// open; a requirement adds a term of 0 that says why; ordered by rule id, then capability.
  func terms(of resource: Int, reached: [Int]) -> [PlanningState.ScoredTerm] {
    var terms: [PlanningState.ScoredTerm] = []
    let level = compiled.resources[resource].level.value
    for recommendation in evaluation.recommendations[resource] {
      let firing = evaluation.firings[recommendation.firing]
      let weight = compiled.rules[firing.rule].rule.weight.value
      guard let capability = firing.capability else {
        terms.append(.init(firing: recommendation.firing, value: weight))
        continue
      }
      guard compiled.capabilitiesOfResource[resource].contains(capability) else { continue }
      let closed = Swift.max(
        0, Swift.min(level, evaluation.targets[capability]) - reached[capability])
      if closed > 0 {
        terms.append(.init(firing: recommendation.firing, value: weight * Double(closed)))
      }
    }
    if let requirement = evaluation.requirements[resource] {
      terms.append(.init(firing: requirement, value: 0))
    }
    for adjustment in evaluation.adjustments[resource] {
      terms.append(.init(firing: adjustment.firing, value: adjustment.amount))
    }
    return terms.enumerated().sorted { a, b in
      let (left, right) = (
        evaluation.firings[a.element.firing], evaluation.firings[b.element.firing]
      )
      if left.rule != right.rule { return left.rule < right.rule }
      let (leftID, rightID) = (capabilityID(left.capability), capabilityID(right.capability))
      if leftID != rightID { return leftID < rightID }
      return a.offset < b.offset
    }.map(\.element)
  }

  private func capabilityID(_ index: Int?) -> String {
    index.map { compiled.capabilities[$0].id.value } ?? ""
  }

  /// Raises the levels a resource teaches, up to its level and no further than each target.
  func raise(_ reached: inout [Int], by resource: Int) {
    let level = compiled.resources[resource].level.value
    for capability in compiled.capabilitiesOfResource[resource] {
      let to = Swift.min(level, evaluation.targets[capability])
      if to > reached[capability] { reached[capability] = to }
    }
  }

  /// Adds a resource as the next step, with its value at this moment.
  func add(_ resource: Int, to state: inout PlanningState, isMandatory: Bool) {
    let terms = terms(of: resource, reached: state.reached)
    let score = terms.reduce(0) { $0 + $1.value }
    var closes: [(capability: Int, from: Int, to: Int)] = []
    let level = compiled.resources[resource].level.value
    for capability in compiled.capabilitiesOfResource[resource].sorted() {
      let from = state.reached[capability]
      let to = Swift.min(level, evaluation.targets[capability])
      if to > from { closes.append((capability, from, to)) }
    }
    raise(&state.reached, by: resource)
    state.isPlanned[resource] = true
    state.minutes += compiled.resources[resource].minutes.value
    state.choices.append(
      PlanningState.Choice(
        resource: resource, terms: terms, score: score, closes: closes, isMandatory: isMandatory))
  }
}
