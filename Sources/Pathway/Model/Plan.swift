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
    /// Nil for the term that says which later steps need this one.
    public var rule: String?
    public var capability: String?
    public var term: Double
    /// The rule's `because`, with the firing's values.
    public var text: String
    /// The ids of the later steps that need this one first; nil for a rule's term.
    public var prerequisiteOf: [String]? = nil
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
    /// One to three sentences for the learner, made from `why`.
    public var reasons: [String] = []
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
    /// The reason in plain words, with names instead of ids.
    public var text: String = ""
  }

  /// What one change to the learner's preferences would add to the plan, found by planning again.
  public struct Advice: Sendable, Hashable {
    /// The preference changed.
    public enum Change: String, Sendable, CaseIterable {
      case formats, budget, freeOnly
    }

    public var change: Change
    /// How many more gaps the plan would close.
    public var gaps: Int
    /// The advice in plain words.
    public var text: String
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
  /// Empty when no one change would close more gaps, or when not asked for.
  public var advice: [Advice] = []
  public var provenance: Provenance
}
