extension Pathway {
  /// What one change to the learner's preferences would add, each change tried alone by planning
  /// again: every format, twice the budget, not free only; only changes that close more gaps.
  func advice(for learner: Learner, budget: Int?, plan: Plan) -> [Plan.Advice] {
    let closed = Self.closedGaps(plan)
    var advice: [Plan.Advice] = []
    func tryChange(_ change: Plan.Advice.Change, _ changed: Learner, budget: Int?, text: String) {
      let more = closedGapCount(for: changed, budget: budget) - closed
      guard more > 0 else { return }
      advice.append(
        Plan.Advice(
          change: change, gaps: more,
          text:
            "\(text) would let your plan close \(Phrases.count(more, "more gap", plural: "more gaps"))."
        ))
    }
    let preferences = learner.preferences
    if !preferences.formats.isEmpty {
      var changed = learner
      changed.preferences.formats = []
      tryChange(.formats, changed, budget: budget, text: "Allowing every format")
    }
    if let current = budget ?? preferences.budgetMinutes?.value, current > 0 {
      let doubled = current * 2
      tryChange(
        .budget, learner, budget: doubled,
        text:
          "A time budget of \(PlanVocabulary.duration(doubled)) instead of \(PlanVocabulary.duration(current))"
      )
    }
    if preferences.freeOnly {
      var changed = learner
      changed.preferences.freeOnly = false
      tryChange(.freeOnly, changed, budget: budget, text: "Including resources that are not free")
    }
    return advice
  }

  /// The plan with its sentences for people: each step's reasons and each open gap's text.
  func explained(_ plan: Plan, evaluation: Evaluation) -> Plan {
    var plan = plan
    let steps = StepReasons(compiled: compiled)
    var said = Set<String>()
    for index in plan.steps.indices {
      plan.steps[index].reasons = steps.reasons(
        for: plan.steps[index], in: plan, said: &said)
    }
    let gaps = UncoveredReasons(compiled: compiled, evaluation: evaluation)
    for index in plan.uncovered.indices {
      plan.uncovered[index].text = gaps.text(for: plan.uncovered[index], in: plan)
    }
    return plan
  }

  /// How many of a plan's gaps it closes.
  private static func closedGaps(_ plan: Plan) -> Int {
    plan.gaps.filter { $0.remaining == 0 }.count
  }

  /// How many gaps the learner's plan would close: the steps chosen as for `plan(for:)`, but
  /// neither assembled nor explained, since advice needs only the count.
  private func closedGapCount(for learner: Learner, budget: Int?) -> Int {
    let evaluation = Evaluator(compiled: compiled).evaluate(learner, budget: budget)
    let reached = Planner(compiled: compiled, evaluation: evaluation).choose().reached
    return evaluation.targets.indices.count { capability in
      evaluation.targets[capability] > evaluation.assessed[capability]
        && reached[capability] >= evaluation.targets[capability]
    }
  }
}
