/// Turns the chosen steps into a `Plan`: ordered, grouped into phases, explained, with its gaps.
struct PlanAssembler {
  let compiled: CompiledProject
  let evaluation: Evaluation
  let planner: Planner
  let provenance: Plan.Provenance

  func assemble(_ state: PlanningState) -> Plan {
    let places = order(state.choices)
    let ordered = places.map { state.choices[$0] }
    let raises = planner.raises(state.choices)
    let sources = Evaluator(compiled: compiled).terms(
      of: ordered.map(\.resource), in: evaluation)
    var steps: [Plan.Step] = []
    for (position, choice) in ordered.enumerated() {
      let resource = compiled.resources[choice.resource]
      // The levels it closed when it was chosen, which its recommend terms count.
      let closes = raises[places[position]]
      let terms = planner.terms(of: choice.resource, sources: sources[position]) { capability in
        closes.first { $0.capability == capability }.map { $0.to - $0.from } ?? 0
      }
      steps.append(
        Plan.Step(
          order: position + 1,
          resource: resource,
          score: terms.reduce(0) { $0 + $1.value },
          isMandatory: choice.isMandatory,
          closes: closes.map {
            Plan.Closure(
              capability: compiled.capabilities[$0.capability].id.value, from: $0.from, to: $0.to)
          },
          why: terms.map { term(for: $0, resource: resource) }
            + (prerequisiteTerm(position, of: ordered).map { [$0] } ?? [])))
    }
    let total = steps.reduce(0) { $0 + $1.resource.minutes.value }
    let overrun = evaluation.budget.flatMap { total > $0 ? total - $0 : nil }
    let gaps = self.gaps(steps: steps, reached: state.reached)
    return Plan(
      learner: evaluation.learner.id,
      archetype: evaluation.learner.archetype.value,
      profession: evaluation.learner.profession,
      framework: compiled.framework.id,
      budgetMinutes: evaluation.budget,
      totalMinutes: total,
      overrunMinutes: overrun,
      phases: phases(of: ordered),
      steps: steps,
      gaps: gaps,
      uncovered: uncovered(gaps, state: state),
      provenance: provenance)
  }

  /// A score term as the learner reads it.
  func term(for scored: PlanningState.ScoredTerm, resource: Resource) -> Plan.Term {
    let firing = evaluation.firings[scored.firing]
    let rule = compiled.rules[firing.rule].rule
    let binding = evaluation.binding(of: firing)
    return Plan.Term(
      rule: rule.id.value,
      capability: firing.capability.map { compiled.capabilities[$0].id.value },
      term: scored.value,
      text: binding.render(rule.because, resourceTitle: resource.title).trimmingTrailingWhitespace)
  }

  /// The term of a step that later steps need first: it adds nothing, and says before what.
  private func prerequisiteTerm(_ position: Int, of ordered: [PlanningState.Choice]) -> Plan.Term? {
    let resource = ordered[position].resource
    let dependents = ordered[(position + 1)...].map(\.resource).filter {
      compiled.prerequisitesOfResource[$0].contains(resource)
    }.map { compiled.resources[$0] }
    guard !dependents.isEmpty else { return nil }
    return Plan.Term(
      rule: nil, capability: nil, term: 0,
      text: "Needed before \(Phrases.list(dependents.map(\.title))).",
      prerequisiteOf: dependents.map(\.id.value))
  }

  // MARK: - Order and phases

  /// The phase a step belongs to: required steps first, then by the level the resource reaches.
  private func phaseKey(_ choice: PlanningState.Choice) -> Int {
    choice.isMandatory ? Int.min : compiled.resources[choice.resource].level.value
  }

  /// The choices' places in step order: by phase, then by when they were chosen, with every
  /// planned prerequisite first.
  private func order(_ choices: [PlanningState.Choice]) -> [Int] {
    let position = Dictionary(
      choices.enumerated().map { ($1.resource, $0) }, uniquingKeysWith: { first, _ in first })
    var waiting = choices.map { choice in
      compiled.prerequisitesOfResource[choice.resource].filter { position[$0] != nil }.count
    }
    var done = [Bool](repeating: false, count: choices.count)
    var ordered: [Int] = []
    for _ in choices.indices {
      var next: Int?
      for index in choices.indices where !done[index] && waiting[index] == 0 {
        guard let current = next else {
          next = index
          continue
        }
        if (phaseKey(choices[index]), index) < (phaseKey(choices[current]), current) {
          next = index
        }
      }
      guard let chosen = next else { break }
      done[chosen] = true
      ordered.append(chosen)
      for index in choices.indices
      where compiled.prerequisitesOfResource[choices[index].resource].contains(
        choices[chosen].resource)
      {
        waiting[index] -= 1
      }
    }
    return ordered
  }

  private func phases(of ordered: [PlanningState.Choice]) -> [Plan.Phase] {
    var phases: [Plan.Phase] = []
    var lastKey: Int?
    for (position, choice) in ordered.enumerated() {
      let key = phaseKey(choice)
      if key == lastKey, !phases.isEmpty {
        phases[phases.count - 1].steps.append(position + 1)
      } else {
        let name = choice.isMandatory ? "Required" : compiled.framework.levelName(key)
        phases.append(Plan.Phase(name: name, steps: [position + 1]))
      }
      lastKey = key
    }
    return phases
  }

  // MARK: - Gaps

  private func gaps(steps: [Plan.Step], reached: PerCapability<Int>) -> [Plan.Gap] {
    compiled.capabilities.indices.compactMap { index in
      let gap = evaluation.targets[index] - evaluation.assessed[index]
      guard gap > 0 else { return nil }
      let id = compiled.capabilities[index].id.value
      return Plan.Gap(
        capability: id,
        assessed: evaluation.assessed[index],
        target: evaluation.targets[index],
        gap: gap,
        closedBy: steps.filter { $0.closes.contains { $0.capability == id } }.map(
          \.resource.id.value),
        remaining: Swift.max(0, evaluation.targets[index] - reached[index]))
    }
  }

  private func uncovered(_ gaps: [Plan.Gap], state: PlanningState) -> [Plan.Uncovered] {
    gaps.compactMap { gap in
      guard gap.remaining > 0, let capability = compiled.capabilityIndex[gap.capability] else {
        return nil
      }
      return Plan.Uncovered(
        capability: gap.capability, gap: gap.remaining, reason: reason(capability, state: state))
    }
  }

  /// Why a capability's gap is still open after the plan: the first of these that holds of the
  /// resources that teach it (for the learner's archetype, not completed, above the level
  /// reached): there are none; all are excluded; no rule recommends one; none can have its
  /// prerequisites planned; none fits the budget left; else they were outranked.
  ///
  /// The resources are walked shortest first, so that once one of each kind is found, the
  /// first too long to fit alone ends the walk: none after it can fit either.
  private func reason(_ capability: CapabilityIndex, state: PlanningState) -> String {
    let addressing = compiled.poolByMinutes[capability]
    guard !addressing.resources.isEmpty else { return "no resource addresses it" }
    let reached = state.reached[capability]
    var (isUseful, isAllowed, isRecommendedForIt, canBePlanned) = (false, false, false, false)
    // The rule named is that of the excluded resource first in the catalogue.
    var firstExcluded: (resource: ResourceIndex, rule: RuleIndex)?
    var isPreferenceTheCause = false
    for (resource, slot) in zip(addressing.resources, addressing.slots) {
      // A bundle lasts at least as long as its resource: one too long to fit alone can change
      // nothing once a bundle is known to exist, and its bundle is not walked.
      let fitsAlone = planner.fits(compiled.facts.minutes[resource], in: state)
      if !fitsAlone && isUseful && isAllowed && isRecommendedForIt && canBePlanned { break }
      guard evaluation.isForArchetype[resource], !evaluation.isCompleted[resource],
        compiled.facts.levels[resource] > reached
      else { continue }
      isUseful = true
      if let exclusion = evaluation.exclusions[resource] {
        if case .rule(let firing) = exclusion,
          firstExcluded.map({ resource < $0.resource }) ?? true
        {
          firstExcluded = (resource, evaluation.firings[firing].rule)
        }
        if !isPreferenceTheCause && isExcludedByPreference(resource) { isPreferenceTheCause = true }
        continue
      }
      isAllowed = true
      guard evaluation.isRecommended(resource, forCapabilityAt: slot, in: compiled) else {
        continue
      }
      isRecommendedForIt = true
      guard fitsAlone || !canBePlanned, let bundle = planner.bundle(for: resource, in: state)
      else { continue }
      canBePlanned = true
      if planner.fits(bundle.reduce(0) { $0 + compiled.facts.minutes[$1] }, in: state) {
        return "outranked: what would close it scores 0 or less"
      }
    }
    guard isUseful else { return "no resource reaches level \(reached + 1)" }
    guard isAllowed else {
      guard !isPreferenceTheCause else { return "excluded by preference" }
      return firstExcluded.map { "excluded by \(compiled.rules[$0.rule].rule.id.value)" }
        ?? "excluded by preference"
    }
    guard isRecommendedForIt else { return "no rule recommends a resource for it" }
    return canBePlanned ? "over budget" : "a prerequisite cannot be planned"
  }
}

extension PlanAssembler {
  /// Whether the learner's own preferences (free only, formats) keep a resource out, whether or
  /// not a rule excludes it too; a required resource they never do.
  func isExcludedByPreference(_ resource: ResourceIndex) -> Bool {
    let preferences = evaluation.learner.preferences
    guard evaluation.requirements[resource] == nil else { return false }
    if preferences.freeOnly && !compiled.facts.isFree[resource] { return true }
    guard !preferences.formats.isEmpty else { return false }
    let format = compiled.facts.formats[resource]
    return !preferences.formats.contains { compiled.facts.formatIDs[$0.value] == format }
  }
}

extension String {
  /// The text without trailing spaces and newlines (a folded `because` ends with one).
  var trimmingTrailingWhitespace: String {
    var text = Substring(self)
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
