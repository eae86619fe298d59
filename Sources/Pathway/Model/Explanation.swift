/// Where a resource stands in a learner's plan.
public enum ExplanationStatus: String, Sendable, CaseIterable {
  case planned
  case mandatory
  case completed
  case notForArchetype = "not-for-archetype"
  case excluded
  case notSelected = "not-selected"
  case prerequisiteMissing = "prerequisite-missing"
  case overBudget = "over-budget"
  case outranked
}

/// Why a resource is in a learner's plan, or why not.
public struct Explanation: Sendable {
  public var resource: Resource
  public var status: ExplanationStatus
  /// The score in the plan, or what it would score if added next to the final plan.
  public var score: Double
  public var terms: [Plan.Term]
  /// The rule that decided, or `preference`.
  public var by: String?
  /// Where the deciding rule is written.
  public var byLocation: SourceLocation?
  /// One sentence a learner understands.
  public var text: String
  /// What would change the answer, where something would.
  public var change: String?
  /// The answer for the learner: plain words, no ids, positions or scores.
  public var learnerText = ""
  /// What the learner could change, where something of theirs would change the answer.
  public var learnerChange: String?
  /// For the statuses decided by numbers: what decided, and what would change it.
  public var numbers: DecidingNumbers?
}

/// The numbers that kept a resource out of a plan, for an educator: its points per minute, the
/// step it lost to, and the smallest change with which planning again takes it in.
public struct DecidingNumbers: Sendable, Hashable {
  /// The smallest change found by planning again.
  public enum Change: Sendable, Hashable {
    /// Extra points, in steps of 0.5.
    case boost(Double)
    case budgetMinutes(Int)
    /// No rule recommends it to this learner.
    case recommend
  }

  /// A planned step and its points per minute.
  public struct Rival: Sendable, Hashable {
    public var resource: String
    public var perMinute: Double
  }

  /// Its points per minute, were it added next (its prerequisites' minutes counted).
  public var perMinute: Double?
  /// The planned step with the most points per minute among those that close what it would.
  public var lostTo: Rival?
  /// Nil when no change tried brings it in.
  public var wouldChange: Change?
}
