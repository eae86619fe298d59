/// The words a plan is told in: names of capabilities, archetypes and levels, and shared phrases.
public struct PlanVocabulary {
  let framework: Framework

  func capabilityName(_ id: String) -> String {
    framework.capabilities.first { $0.id.value == id }?.name ?? id
  }

  func archetypeName(_ id: String) -> String {
    framework.archetype(id)?.name ?? id
  }

  /// `Awareness (1)`.
  func level(_ level: Int) -> String {
    "\(framework.levelName(level)) (\(level))"
  }

  /// `a` or `an`, for a word.
  public static func article(_ word: String) -> String {
    word.lowercased().first.map { "aeiou".contains($0) } == true ? "an" : "a"
  }

  /// `2 h 30 min`, `45 min`.
  public static func duration(_ minutes: Int) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    if hours == 0 { return "\(minutes) min" }
    return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
  }

  /// `free`, `£475`, `cost unknown`.
  static func cost(_ cost: Double?) -> String {
    guard let cost else { return "cost unknown" }
    return cost == 0 ? "free" : "£" + PlainNumber.text(cost)
  }

  /// A score with at most two decimals, or `places`.
  static func score(_ value: Double, places: Int = 2) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return PlainNumber.text((value * scale).rounded() / scale)
  }

  /// One line saying the totals.
  func totals(_ plan: Plan) -> String {
    let budget =
      plan.budgetMinutes.map { " of a \(Self.duration($0)) budget" } ?? " (no time budget)"
    let steps = "\(plan.steps.count) step\(plan.steps.count == 1 ? "" : "s")"
    var line = "\(steps), \(Self.duration(plan.totalMinutes))\(budget)"
    if let overrun = plan.overrunMinutes {
      line += "; required steps go \(Self.duration(overrun)) over it"
    }
    return line
  }

  /// What a step raises, in words.
  func closes(_ step: Plan.Step) -> String {
    step.closes.map { "\(capabilityName($0.capability)) \($0.from) → \($0.to)" }.joined(
      separator: ", ")
  }

  /// The sentence said when there is nothing in the plan.
  func emptyPlanSentence(_ plan: Plan) -> String {
    plan.gaps.isEmpty
      ? "Nothing to learn: you already meet every target for \(archetypeName(plan.archetype))."
      : "No resource could be planned; the gaps below say why."
  }
}
