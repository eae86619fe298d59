extension Pathway {
  /// An explanation with the learner's words and, where numbers decided, the educator's numbers.
  func forPeople(
    _ explanation: Explanation, resource: ResourceIndex, learner: Learner, budget: Int?,
    plan: Plan,
    evaluation: Evaluation
  ) -> Explanation {
    var explanation = explanation
    explanation.numbers = decidingNumbers(
      for: explanation, resource: resource, learner: learner, budget: budget, plan: plan)
    // The budget found by planning again is the one to give, not an estimate.
    if case .budgetMinutes(let minutes)? = explanation.numbers?.wouldChange {
      explanation.change = "A budget of at least \(minutes) minutes would make room for it."
    }
    let words = LearnerWords(compiled: compiled, evaluation: evaluation, plan: plan)
    (explanation.learnerText, explanation.learnerChange) = words.say(explanation, resource)
    return explanation
  }
}

/// Why a resource is in a plan, or not, said to the learner: no ids, positions or scores.
struct LearnerWords {
  let compiled: CompiledProject
  let evaluation: Evaluation
  let plan: Plan

  /// The sentence, and what the learner could change.
  func say(_ explanation: Explanation, _ resource: ResourceIndex) -> (String, String?) {
    let item = explanation.resource
    switch explanation.status {
    case .planned, .mandatory:
      let step = plan.steps.first { $0.resource.id.value == item.id.value }
      let order = step.map { "This is step \($0.order) of your plan" } ?? "This is in your plan"
      let required = explanation.status == .mandatory ? ", and it is required" : ""
      return (([order + required + "."] + (step?.reasons ?? [])).joined(separator: " "), nil)
    case .completed:
      return ("You have completed this already, so it is not in your plan again.", nil)
    case .notForArchetype:
      let names = (item.archetypes ?? []).map {
        compiled.framework.archetype($0.value)?.name ?? $0.value
      }
      return (
        "This is left out because it is meant for \(Phrases.list(names)), not for \(archetypeName).",
        nil
      )
    case .excluded:
      return excluded(item, resource)
    case .notSelected:
      return (
        "This is left out because it is not recommended for the gaps in your assessment.", nil
      )
    case .prerequisiteMissing:
      let first = item.prerequisites.map { Phrases.quoted(title(of: $0.value)) }
      return (
        "This is left out because it needs \(Phrases.list(first)) first, which cannot be in your plan.",
        nil
      )
    case .overBudget:
      let left = Swift.max(0, (plan.budgetMinutes ?? 0) - plan.totalMinutes)
      let change = explanation.numbers?.wouldChange.flatMap { change -> String? in
        guard case .budgetMinutes(let minutes) = change else { return nil }
        return "A time budget of \(PlanVocabulary.duration(minutes)) would make room for it."
      }
      return (
        "This is left out because it takes \(PlanVocabulary.duration(item.minutes.value)), and \(PlanVocabulary.duration(left)) of your time budget is left.",
        change
      )
    case .outranked:
      let capabilities = Set(item.capabilities.map(\.value))
      let closers = plan.steps.filter { step in
        step.closes.contains { capabilities.contains($0.capability) }
      }
      guard !closers.isEmpty else {
        return ("This is left out because it would not add to what your plan teaches.", nil)
      }
      let named = closers.map { "step \($0.order), \(Phrases.quoted($0.resource.title))" }
      return (
        "This is left out because \(Phrases.list(named)) already \(closers.count == 1 ? "teaches" : "teach") what it would teach, in less time for what you need.",
        nil
      )
    }
  }

  private var archetypeName: String {
    let id = evaluation.learner.archetype.value
    return compiled.framework.archetype(id)?.name ?? id
  }

  private func title(of id: String) -> String {
    compiled.resourceIndex[id].map { compiled.resources[$0].title } ?? id
  }

  private func excluded(_ item: Resource, _ resource: ResourceIndex) -> (String, String?) {
    switch evaluation.exclusions[resource] {
    case .rule(let firing)?:
      let because = evaluation.binding(of: evaluation.firings[firing]).render(
        compiled.rules[evaluation.firings[firing].rule].rule.because, resourceTitle: item.title
      ).trimmingTrailingWhitespace
      return ("This is left out for you. \(because)", nil)
    case .freeOnly?:
      let cost = item.cost.map { "it costs £\(PlainNumber.text($0))" } ?? "its cost is not known"
      return (
        "This is left out because \(cost), and you asked for free resources only.",
        "Turning off “free only” would let it be considered."
      )
    case .formats?, nil:
      let chosen = Phrases.list(evaluation.learner.preferences.formats.map(\.value))
      return (
        "This is left out because it is \(PlanVocabulary.article(item.format)) \(item.format), and you chose \(chosen) only.",
        "Adding \(item.format) to your formats would let it be considered."
      )
    }
  }
}
