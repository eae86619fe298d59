/// Answers "why is this in my plan?" and "why not?" for any resource.
struct Explainer {
  let compiled: CompiledProject
  let evaluation: Evaluation
  let planner: Planner
  let assembler: PlanAssembler
  let plan: Plan
  let state: PlanningState

  func explain(_ resource: ResourceIndex) -> Explanation {
    let item = compiled.resources[resource]
    if let step = plan.steps.first(where: { $0.resource.id.value == item.id.value }) {
      return planned(step, resource: resource)
    }
    let wouldBe = planner.terms(of: resource, reached: state.reached).map {
      assembler.term(for: $0, resource: item)
    }
    let score = wouldBe.reduce(0) { $0 + $1.term }
    var explanation = Explanation(
      resource: item, status: .outranked, score: score, terms: wouldBe, text: "")
    if evaluation.isCompleted[resource] {
      explanation.status = .completed
      explanation.text = "You have completed \(quoted(item)) already."
    } else if !evaluation.isForArchetype[resource] {
      let names = (item.archetypes ?? []).map {
        compiled.framework.archetype($0.value)?.name ?? $0.value
      }
      explanation.status = .notForArchetype
      explanation.text = "\(quoted(item)) is meant for \(list(names)), not for \(archetypeName)."
      explanation.change = "It would be considered for a learner of those archetypes."
    } else if let exclusion = evaluation.exclusions[resource] {
      excluded(by: exclusion, into: &explanation)
    } else if !evaluation.isRecommended(resource, in: compiled)
      && evaluation.requirements[resource] == nil
    {
      notSelected(resource, into: &explanation)
    } else if let missing = missingPrerequisite(of: resource) {
      explanation.status = .prerequisiteMissing
      explanation.text =
        "\(quoted(item)) needs \(quoted(compiled.resources[missing])) first, which cannot be in your plan (\(explain(missing).status.rawValue))."
      explanation.change = "It would be considered if that prerequisite could be planned for you."
    } else if planner.raisesOpenGap(resource, in: state),
      let bundle = planner.bundle(for: resource, in: state)
    {
      let minutes = bundle.reduce(0) { $0 + compiled.resources[$1].minutes.value }
      if planner.fits(minutes, in: state) {
        explanation.text =
          "\(quoted(item)) would add a score of \(PlainNumber.text(score)) for \(minutes) minutes, which is not enough to be chosen."
      } else {
        let left = (evaluation.budget ?? 0) - state.minutes
        explanation.status = .overBudget
        explanation.text =
          "\(quoted(item)) would help, but takes \(minutes) minutes\(bundle.count > 1 ? " with its prerequisites" : "") and \(Swift.max(0, left)) are left of your budget."
        explanation.change =
          "A budget of at least \(state.minutes + minutes) minutes would make room for it."
      }
    } else {
      let closers = plan.steps.filter { step in
        step.closes.contains { closure in
          item.capabilities.contains { $0.value == closure.capability }
        }
      }.map(\.resource.id.value)
      explanation.text =
        closers.isEmpty
        ? "\(quoted(item)) would not raise any of your open gaps."
        : "The steps already in your plan (\(closers.map { "`\($0)`" }.joined(separator: ", "))) close what \(quoted(item)) would close."
    }
    return explanation
  }

  private var archetypeName: String {
    compiled.framework.archetype(evaluation.learner.archetype.value)?.name
      ?? evaluation.learner.archetype.value
  }

  /// The explanation of a step, `resource` being its resource's index.
  private func planned(_ step: Plan.Step, resource: ResourceIndex) -> Explanation {
    // The rule that decided: the requirement for a required step, else the largest term.
    let requirement = evaluation.requirements[resource]
      .map { compiled.rules[evaluation.firings[$0].rule].rule.id.value }
    let deciding = step.why.first { $0.rule == requirement } ?? step.why.max { $0.term < $1.term }
    let reasons = step.why.map(\.text)
    var seen = Set<String>()
    let distinct = reasons.filter { seen.insert($0).inserted }
    return Explanation(
      resource: step.resource,
      status: step.isMandatory ? .mandatory : .planned,
      score: step.score,
      terms: step.why,
      by: deciding?.rule,
      byLocation: deciding.flatMap { term in
        compiled.rules.first { $0.rule.id.value == term.rule }?.rule.location
      },
      text:
        "\(quoted(step.resource)) is step \(step.order) of your plan\(step.isMandatory ? " and is required" : "")"
        + (distinct.isEmpty ? "." : ": " + distinct.joined(separator: " ")))
  }

  private func excluded(by exclusion: Evaluation.Exclusion, into explanation: inout Explanation) {
    let item = explanation.resource
    explanation.status = .excluded
    switch exclusion {
    case .rule(let firing):
      let rule = compiled.rules[evaluation.firings[firing].rule].rule
      let binding = evaluation.binding(of: evaluation.firings[firing])
      let reason =
        " " + binding.render(rule.because, resourceTitle: item.title).trimmingTrailingWhitespace
      explanation.by = rule.id.value
      explanation.byLocation = rule.location
      explanation.text = "excluded by rule \(rule.id.value) (\(rule.location)).\(reason)"
      explanation.change =
        "It would be considered if rule `\(rule.id.value)` no longer applied to you."
    case .freeOnly:
      explanation.by = "preference"
      let cost = item.cost.map { "costs £\(PlainNumber.text($0))" } ?? "has no known cost"
      explanation.text = "\(quoted(item)) \(cost), and you asked for free resources only."
      explanation.change = "Turning off free only would let it be considered."
    case .formats:
      explanation.by = "preference"
      let formats = evaluation.learner.preferences.formats.map(\.value)
      explanation.text =
        "\(quoted(item)) is a \(item.format), and you asked for \(list(formats)) only."
      explanation.change = "Adding \(item.format) to your formats would let it be considered."
    }
  }

  private func notSelected(_ resource: ResourceIndex, into explanation: inout Explanation) {
    let item = compiled.resources[resource]
    explanation.status = .notSelected
    let standing = compiled.capabilitiesOfResource[resource].map { index in
      "\(compiled.capabilities[index].name): you are at \(evaluation.assessed[index]), target \(evaluation.targets[index])"
    }
    explanation.text =
      "No rule recommends \(quoted(item)) for you"
      + (standing.isEmpty ? "." : " (\(standing.joined(separator: "; "))).")
    explanation.change =
      "It would be recommended if a rule selected it for you, typically for an open gap in what it teaches up to level \(item.level.value)."
  }

  /// A prerequisite, at any depth, that can never be planned for this learner.
  private func missingPrerequisite(of resource: ResourceIndex) -> ResourceIndex? {
    var pending = compiled.prerequisitesOfResource[resource]
    var seen = Set(pending)
    while let prerequisite = pending.popLast() {
      if evaluation.isCompleted[prerequisite] { continue }
      if !planner.canPlanAsPrerequisite(
        prerequisite, ofRequired: evaluation.requirements[resource] != nil)
      {
        return prerequisite
      }
      for next in compiled.prerequisitesOfResource[prerequisite] where seen.insert(next).inserted {
        pending.append(next)
      }
    }
    return nil
  }

  private func quoted(_ resource: Resource) -> String { "“\(resource.title)”" }

  private func list(_ names: [String]) -> String {
    switch names.count {
    case 0: return "nobody"
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }
  }
}
