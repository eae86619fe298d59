/// Says in plain words why a gap is left open, naming capabilities, resources and levels.
struct UncoveredReasons {
  let compiled: CompiledProject
  let evaluation: Evaluation

  /// The sentence for one uncovered gap of a plan.
  func text(for uncovered: Plan.Uncovered, in plan: Plan) -> String {
    guard let capability = compiled.capabilityIndex[uncovered.capability] else {
      return uncovered.reason
    }
    let name = compiled.capabilities[capability].name
    let target = plan.gaps.first { $0.capability == uncovered.capability }?.target ?? 0
    let next = target - uncovered.gap + 1
    switch uncovered.reason {
    case "no resource addresses it":
      return "No resource in the catalogue teaches \(name) yet."
    case "no rule recommends a resource for it":
      return "Nothing in the catalogue is recommended for \(name) for \(archetypeName) yet."
    case "excluded by preference":
      return preferenceText(capability, name: name, above: next - 1)
    case "over budget":
      return overBudgetText(capability, name: name, above: next - 1, in: plan)
    case "a prerequisite cannot be planned":
      return "What would teach \(name) needs another resource first that cannot be in your plan."
    case "outranked: what would close it scores 0 or less":
      return "What would teach \(name) would add nothing to your plan."
    case let reason where reason.hasPrefix("no resource reaches level "):
      return
        "No resource in the catalogue takes \(name) to level \(next) (\(compiled.framework.levelName(next))) yet."
    case let reason where reason.hasPrefix("excluded by "):
      return ruleText(capability, name: name, above: next - 1)
    default:
      return uncovered.reason
    }
  }

  private var archetypeName: String {
    let id = evaluation.learner.archetype.value
    return compiled.framework.archetype(id)?.name ?? id
  }

  /// The resources that would raise a capability above a level, were nothing excluded.
  private func useful(_ capability: CapabilityIndex, above reached: Int) -> [ResourceIndex] {
    compiled.poolOfCapability[capability].resources.filter { isUseful($0, above: reached) }
  }

  /// Whether a resource would raise a capability it teaches above a level, were it not excluded.
  private func isUseful(_ resource: ResourceIndex, above reached: Int) -> Bool {
    evaluation.isForArchetype[resource] && !evaluation.isCompleted[resource]
      && compiled.facts.levels[resource] > reached
  }

  /// Names the shortest resource that would teach the capability and what keeps it out: the
  /// time left of the budget.
  private func overBudgetText(
    _ capability: CapabilityIndex, name: String, above reached: Int, in plan: Plan
  )
    -> String
  {
    let left = Swift.max(0, (plan.budgetMinutes ?? 0) - plan.totalMinutes)
    let room =
      left == 0
      ? "your time budget is used up"
      : "it does not fit in the \(PlanVocabulary.duration(left)) left of your time budget"
    // The first of the shortest that are useful, allowed and recommended for the capability.
    let pool = compiled.poolByMinutes[capability]
    let shortest = zip(pool.resources, pool.slots).first { resource, slot in
      isUseful(resource, above: reached) && evaluation.exclusions[resource] == nil
        && evaluation.isRecommended(resource, forCapabilityAt: slot, in: compiled)
    }?.0
    guard let shortest else { return "What would teach \(name) does not fit: \(room)." }
    let title = Phrases.quoted(compiled.resources[shortest].title)
    return "\(title) would teach \(name), but \(room)."
  }

  private func ruleText(_ capability: CapabilityIndex, name: String, above reached: Int) -> String {
    let excluded = useful(capability, above: reached).compactMap {
      resource -> (ResourceIndex, FiringIndex)? in
      guard case .rule(let firing) = evaluation.exclusions[resource] else { return nil }
      return (resource, firing)
    }
    guard let (resource, firing) = excluded.first else {
      return "What would teach \(name) is left out for you."
    }
    let titles = excluded.prefix(2).map { Phrases.quoted(compiled.resources[$0.0].title) }
    let more = excluded.count > 2 ? " and \(Phrases.count(excluded.count - 2, "other"))" : ""
    let rule = compiled.rules[evaluation.firings[firing].rule].rule
    let because = evaluation.binding(of: evaluation.firings[firing]).render(
      rule.because, resourceTitle: compiled.resources[resource].title
    ).trimmingTrailingWhitespace
    let verb = excluded.count == 1 ? "it is" : "they are"
    return
      "\(Phrases.list(titles))\(more) would teach \(name), but \(verb) left out for you. \(because)"
  }

  private func preferenceText(_ capability: CapabilityIndex, name: String, above reached: Int)
    -> String
  {
    let preferences = evaluation.learner.preferences
    let resources = useful(capability, above: reached).map { compiled.resources[$0] }
    if preferences.freeOnly && resources.contains(where: { !$0.isFree }) {
      return "What would teach \(name) is not free, and you asked for free resources only."
    }
    let chosenFormats = Set(preferences.formats.map(\.value))
    var formats: [String] = []
    for resource in resources
    where !chosenFormats.contains(resource.format) && !formats.contains(resource.format) {
      formats.append(resource.format)
    }
    let chosen = Phrases.list(preferences.formats.map(\.value))
    guard !formats.isEmpty else {
      return "What would teach \(name) is not in the formats you chose (\(chosen))."
    }
    return
      "What would teach \(name) is in other formats (\(Phrases.list(formats, joining: "or"))), and you chose \(chosen) only."
  }
}
