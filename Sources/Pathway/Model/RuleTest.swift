/// A test of the rules: a sample learner and what their plan must show.
public struct RuleTest: Sendable {
  /// What the plan must show; every part is optional.
  public struct Expectation: Sendable {
    public var includes: [Located<String>] = []
    public var excludes: [Located<String>] = []
    public var first: Located<String>?
    public var maxMinutes: Located<Int>?
    /// Capabilities that must be exactly the uncovered ones; nil means not checked.
    public var uncovered: [Located<String>]?
    /// Resource id and the explain status it must have.
    public var status: [(resource: Located<String>, status: Located<String>)] = []
  }

  public var name: Located<String>
  public var learner: Learner
  public var expect: Expectation
  public var location: SourceLocation
}
