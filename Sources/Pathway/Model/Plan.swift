/// A learner's plan: ordered, explained steps within the budget, and the gaps it leaves.
public struct Plan: Sendable {
  /// A capability a step raises, and from which level to which.
  public struct Closure: Sendable, Hashable {
    public var capability: String
    public var from: Int
    public var to: Int
  }

  /// One term of a step's score: which rule, for which capability, how much and why.
  public struct Term: Sendable, Hashable {
    public var rule: String
    public var capability: String?
    public var term: Double
    /// The rule's `because`, with the firing's values.
    public var text: String
  }

  /// One resource to work through.
  public struct Step: Sendable {
    /// 1-based.
    public var order: Int
    public var resource: Resource
    /// The sum of `why`'s terms, in their order.
    public var score: Double
    public var isMandatory: Bool
    public var closes: [Closure]
    public var why: [Term]
  }

  /// Consecutive steps under one name.
  public struct Phase: Sendable, Hashable {
    public var name: String
    /// Step orders.
    public var steps: [Int]
  }

  /// A capability where the target is above the assessed level.
  public struct Gap: Sendable, Hashable {
    public var capability: String
    public var assessed: Int
    public var target: Int
    public var gap: Int
    public var closedBy: [String]
    public var remaining: Int
  }

  /// A gap the plan leaves open, and why.
  public struct Uncovered: Sendable, Hashable {
    public var capability: String
    public var gap: Int
    public var reason: String
  }

  /// What produced the plan.
  public struct Provenance: Sendable, Hashable {
    public var engine: String
    /// `sha256:` of the input files.
    public var inputs: String
  }

  public var learner: String?
  public var archetype: String
  public var profession: String
  public var framework: String
  /// Nil is unlimited.
  public var budgetMinutes: Int?
  public var totalMinutes: Int
  /// Set when required steps alone go over the budget.
  public var overrunMinutes: Int?
  public var phases: [Phase]
  public var steps: [Step]
  public var gaps: [Gap]
  public var uncovered: [Uncovered]
  public var provenance: Provenance
}
