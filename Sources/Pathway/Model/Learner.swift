/// A member of the workforce who asks for a plan.
public struct Learner: Sendable {
  /// What the learner asks of the plan.
  public struct Preferences: Sendable {
    /// Nil is unlimited.
    public var budgetMinutes: Located<Int>?
    /// Empty means any format.
    public var formats: [Located<String>] = []
    public var freeOnly = false

    public init() {}
  }

  /// Nil in a rule test, where a learner needs no id.
  public var id: String?
  public var archetype: Located<String>
  public var profession: String
  /// Capability id and assessed level; a capability left out is at 0.
  public var assessment: [(capability: Located<String>, level: Located<Int>)]
  /// The learner's own targets, which win over every other.
  public var targets: [(capability: Located<String>, level: Located<Int>)]
  public var preferences: Preferences
  public var completed: [Located<String>]
  /// The learner's organisation (such as its ODS code), for reports; nil when not given.
  public var organisation: String?
  /// The learner's NHS staff group, for reports; nil when not given.
  public var staffGroup: String?
  /// Where the learner was read.
  public var location: SourceLocation

  /// The assessed level in a capability.
  public func assessedLevel(_ capability: String) -> Int {
    assessment.first { $0.capability.value == capability }?.level.value ?? 0
  }

  /// Whether the learner has completed a resource.
  public func hasCompleted(_ resource: String) -> Bool {
    completed.contains { $0.value == resource }
  }
}
