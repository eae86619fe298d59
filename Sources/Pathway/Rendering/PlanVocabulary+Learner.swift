/// The phrases of a plan that a learner reads, with names and step numbers, never ids.
extension PlanVocabulary {
  /// Who the plan is for and its totals: `For a nurse, in the Users group. 5 steps, ...`.
  func summary(_ plan: Plan) -> String {
    let profession = plan.profession.trimmingTrailingWhitespace
    let who =
      profession.isEmpty
      ? "For the \(archetypeName(plan.archetype)) group."
      : "For \(PlanVocabulary.article(profession.lowercased())) \(profession), in the \(archetypeName(plan.archetype)) group."
    return "\(who) \(totals(plan))."
  }

  /// The steps that raise a gap, by number (`step 3`, `steps 1 and 4`).
  func stepNumbers(closing gap: Plan.Gap, in plan: Plan) -> String? {
    let orders = plan.steps.filter { gap.closedBy.contains($0.resource.id.value) }.map(\.order)
    guard !orders.isEmpty else { return nil }
    return (orders.count == 1 ? "step " : "steps ") + Phrases.list(orders.map(String.init))
  }

  /// A gap in a line (`Robotics: 0 → 1, 1 level left`).
  func gapLine(_ gap: Plan.Gap, in plan: Plan) -> String {
    var line = "\(capabilityName(gap.capability)): \(gap.assessed) → \(gap.target)"
    if let steps = stepNumbers(closing: gap, in: plan) {
      line += gap.remaining > 0 ? ", raised by \(steps)" : ", closed by \(steps)"
    }
    if gap.remaining > 0 { line += ", \(levelsLeft(gap.remaining))" }
    return line
  }

  /// How many levels are left (`1 level left`).
  func levelsLeft(_ count: Int) -> String {
    Phrases.count(count, "level") + " left"
  }
}

extension PlanVocabulary {
  /// The open gaps' sentences for a learner, where those that differ only in the capability's
  /// name are said once, naming the capabilities (`... would teach Leadership and Data storage`).
  func uncoveredLines(_ plan: Plan) -> [String] {
    let hole = "\u{0}"
    var lines: [(pattern: String, names: [String])] = []
    for uncovered in plan.uncovered {
      let name = capabilityName(uncovered.capability)
      let pattern =
        name.isEmpty ? uncovered.text : uncovered.text.replacing(name, with: hole)
      if let index = lines.firstIndex(where: { $0.pattern == pattern && pattern.contains(hole) }) {
        lines[index].names.append(name)
      } else {
        lines.append((pattern, [name]))
      }
    }
    return lines.map { $0.pattern.replacing(hole, with: Phrases.list($0.names)) }
  }
}
