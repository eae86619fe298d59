/// What the rules say about one learner: targets, firings, and each resource's standing.
struct Evaluation: Sendable {
  /// One firing of a rule: once, or once for a bound capability.
  struct Firing: Sendable {
    var rule: Int
    var capability: Int?
  }

  /// Why a resource is kept out of the plan.
  enum Exclusion: Sendable, Equatable {
    /// By an `exclude` effect of a rule (index into the compiled rules).
    case rule(Int)
    /// By the learner's free-only preference.
    case freeOnly
    /// By the learner's preferred formats.
    case formats
  }

  /// A recommend term: weight x the levels closed of the firing's capability gap.
  struct Recommendation: Sendable {
    var firing: Int
  }

  /// A boost (positive) or penalty (negative), already multiplied by the rule's weight.
  struct Adjustment: Sendable {
    var firing: Int
    var amount: Double
  }

  let learner: Learner
  /// Nil is unlimited.
  let budget: Int?
  /// Per capability, in framework order.
  var assessed: [Int]
  /// Per capability, in framework order.
  var targets: [Int]
  var firings: [Firing] = []
  /// Per resource.
  var recommendations: [[Recommendation]]
  /// Per resource.
  var adjustments: [[Adjustment]]
  /// Per resource.
  var exclusions: [Exclusion?]
  /// Per resource: the firing of the first rule that requires it.
  var requirements: [Int?]
  /// Per resource.
  var isCompleted: [Bool]
  /// Per resource.
  var isForArchetype: [Bool]

  /// Whether a resource may be planned at all.
  func isAvailable(_ resource: Int) -> Bool {
    isForArchetype[resource] && !isCompleted[resource] && exclusions[resource] == nil
  }

  /// The gap left in a capability when the learner has reached `level`.
  func openGap(_ capability: Int, reached level: Int) -> Int {
    Swift.max(0, targets[capability] - level)
  }
}
