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
}
