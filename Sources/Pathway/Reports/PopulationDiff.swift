/// How a change to the rules or catalogue changes the plans of a population, learner by learner,
/// each change with the rule that caused it.
public struct PopulationDiff: Sendable {
  /// A step that appeared in or left a learner's plan.
  public struct StepChange: Sendable, Hashable {
    public var resource: String
    public var title: String
    /// Its order in the plan it is in (after for an added step, before for a removed one).
    public var order: Int
    public var minutes: Int
    /// The rule that caused the change, where one did.
    public var rule: String?
    public var reason: String
  }

  /// A step whose place in the plan changed.
  public struct Move: Sendable, Hashable {
    public var resource: String
    public var from: Int
    public var to: Int
  }

  /// What changed for one learner.
  public struct LearnerChange: Sendable {
    public var learner: String
    public var added: [StepChange]
    public var removed: [StepChange]
    public var moved: [Move]
    public var minutesBefore: Int
    public var minutesAfter: Int
    /// Capabilities uncovered after and not before.
    public var newlyUncovered: [Plan.Uncovered]
    /// Capabilities uncovered before and not after.
    public var newlyCovered: [String]
    /// The added, removed or changed rules that fire for this learner on either side.
    public var changedRules: [String] = []
  }

  /// The rules that differ between the two sides.
  public var rules = RuleChanges()
  /// Learners compared.
  public var learners = 0
  /// The learners whose plan changed, in input order.
  public var changes: [LearnerChange] = []

  /// An empty comparison.
  public init() {}

  /// An empty comparison of two rule sets, knowing which of their rules differ; the two must be
  /// written against the same framework.
  public init(before: Pathway, after: Pathway) throws(DiagnosticsError) {
    guard before.framework.id == after.framework.id else {
      throw DiagnosticsError([.differentFrameworks(before.framework, after.framework)])
    }
    rules = RuleChanges(before: before, after: after)
  }

  /// Whether any plan changed.
  public var hasChanges: Bool { !changes.isEmpty }

  /// Whether any learner has a gap uncovered that was not before.
  public var hasNewlyUncovered: Bool { changes.contains { !$0.newlyUncovered.isEmpty } }

  /// Compares one learner's plans under the two rule sets, keeping the comparison if it changed.
  public mutating func compare(_ learner: Learner, before: Pathway, after: Pathway) {
    learners += 1
    let old = before.plan(for: learner)
    let new = after.plan(for: learner)
    let oldIDs = old.steps.map(\.resource.id.value)
    let newIDs = new.steps.map(\.resource.id.value)
    let added = new.steps.filter { !oldIDs.contains($0.resource.id.value) }.map { step in
      Self.addition(step, explainedBefore: before.explain(step.resource.id.value, for: learner))
    }
    let removed = old.steps.filter { !newIDs.contains($0.resource.id.value) }.map { step in
      Self.removal(step, explainedAfter: after.explain(step.resource.id.value, for: learner))
    }
    let moved = Self.moves(from: old.steps, to: new.steps)
    let oldUncovered = Set(old.uncovered.map(\.capability))
    let newUncovered = Set(new.uncovered.map(\.capability))
    var change = LearnerChange(
      learner: learner.id ?? "",
      added: added, removed: removed, moved: moved,
      minutesBefore: old.totalMinutes, minutesAfter: new.totalMinutes,
      newlyUncovered: new.uncovered.filter { !oldUncovered.contains($0.capability) },
      newlyCovered: old.uncovered.map(\.capability).filter { !newUncovered.contains($0) })
    if !added.isEmpty || !removed.isEmpty || !moved.isEmpty || !change.newlyUncovered.isEmpty
      || !change.newlyCovered.isEmpty
    {
      let differing = rules.all
      if !differing.isEmpty {
        let fired = before.firedRules(for: learner).union(after.firedRules(for: learner))
        change.changedRules = fired.intersection(differing).sorted()
      }
      changes.append(change)
    }
  }

  /// The steps in both plans whose order relative to the others changed: those outside the
  /// longest run the two plans share in the same order (a step that only shifts because another
  /// was added or removed has not moved).
  static func moves(from old: [Plan.Step], to new: [Plan.Step]) -> [Move] {
    let newIDs = Set(new.map(\.resource.id.value))
    let oldIDs = Set(old.map(\.resource.id.value))
    let before = old.filter { newIDs.contains($0.resource.id.value) }
    let after = new.filter { oldIDs.contains($0.resource.id.value) }
    // Longest common subsequence, by dynamic programming over the two orders.
    var lengths = [[Int]](
      repeating: [Int](repeating: 0, count: after.count + 1), count: before.count + 1)
    for i in stride(from: before.count - 1, through: 0, by: -1) {
      for j in stride(from: after.count - 1, through: 0, by: -1) {
        lengths[i][j] =
          before[i].resource.id.value == after[j].resource.id.value
          ? lengths[i + 1][j + 1] + 1 : Swift.max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var kept: Set<String> = []
    var (i, j) = (0, 0)
    while i < before.count && j < after.count {
      if before[i].resource.id.value == after[j].resource.id.value {
        kept.insert(before[i].resource.id.value)
        i += 1
        j += 1
      } else if lengths[i + 1][j] >= lengths[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return after.compactMap { step in
      guard !kept.contains(step.resource.id.value),
        let previous = before.first(where: { $0.resource.id.value == step.resource.id.value })
      else { return nil }
      return Move(resource: step.resource.id.value, from: previous.order, to: step.order)
    }
  }

  /// Why a step is now in the plan: the rule with the largest term, and what kept it out before.
  static func addition(_ step: Plan.Step, explainedBefore: Explanation?) -> StepChange {
    let top = step.why.max { $0.term < $1.term }
    var reason: String
    switch explainedBefore?.status {
    case nil: reason = "new in the catalogue"
    case .excluded?: reason = "no longer excluded" + (explainedBefore?.by.map { " by \($0)" } ?? "")
    case .notSelected?: reason = "now recommended"
    case .notForArchetype?: reason = "now meant for this archetype"
    case .prerequisiteMissing?: reason = "its prerequisites can now be planned"
    case .overBudget?, .outranked?: reason = "now ranks high enough"
    case .planned?, .mandatory?, .completed?: reason = "changed"
    }
    if step.isMandatory { reason += ", required" }
    return StepChange(
      resource: step.resource.id.value, title: step.resource.title, order: step.order,
      minutes: step.resource.minutes.value, rule: top?.rule, reason: reason)
  }

  /// Why a step left the plan, from how the new rules explain it.
  static func removal(_ step: Plan.Step, explainedAfter: Explanation?) -> StepChange {
    let reason: String
    var rule = explainedAfter?.by
    switch explainedAfter?.status {
    case nil: reason = "removed from the catalogue"
    case .excluded?: reason = "excluded" + (explainedAfter?.by.map { " by \($0)" } ?? "")
    case .notSelected?: reason = "no rule recommends it any more"
    case .notForArchetype?: reason = "no longer meant for this archetype"
    case .prerequisiteMissing?: reason = "a prerequisite can no longer be planned"
    case .overBudget?: reason = "no longer fits the budget"
    case .outranked?:
      reason = "outranked"
      rule = nil
    case .planned?, .mandatory?, .completed?: reason = "changed"
    }
    return StepChange(
      resource: step.resource.id.value, title: step.resource.title, order: step.order,
      minutes: step.resource.minutes.value, rule: rule, reason: reason)
  }
}

extension Diagnostic {
  /// Two rule sets compared that are written against different frameworks.
  static func differentFrameworks(_ before: Framework, _ after: Framework) -> Diagnostic {
    Diagnostic(
      .differentFrameworks,
      "the two sides use different frameworks, `\(before.id)` and `\(after.id)`",
      at: .file(after.file), help: "compare rule sets built on the same framework")
  }
}
