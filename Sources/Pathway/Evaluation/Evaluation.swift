/// What the rules say about one learner: targets, firings, and each resource's standing.
///
/// A class, so that the planner, assembler and explainer share it by reference; built and then
/// only read, by one thread.
final class Evaluation {
  /// One firing of a rule: once, or once for a bound capability.
  struct Firing: Sendable {
    var rule: Int
    var capability: Int?
  }

  /// Why a resource is kept out of the plan.
  enum Exclusion: Sendable, Equatable {
    /// By an `exclude` effect of a rule (index into the compiled rules), in one of its firings.
    case rule(Int, firing: Int)
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

  /// Where a term of a resource's score comes from.
  enum TermSource: Sendable {
    case recommendation(firing: Int)
    case requirement(firing: Int)
    case adjustment(firing: Int, amount: Double)

    var firing: Int {
      switch self {
      case .recommendation(let firing), .requirement(let firing), .adjustment(let firing, _): firing
      }
    }
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
  /// Per resource: its terms' sources in the order terms are listed (rule id, then capability id,
  /// then recommendation, requirement, adjustment), set once the rules have fired.
  var termSources: [[TermSource]] = []
  /// Per resource.
  var isCompleted: [Bool]
  /// Per resource.
  var isForArchetype: [Bool]

  init(
    learner: Learner, budget: Int?, assessed: [Int], targets: [Int], resourceCount: Int,
    isCompleted: [Bool], isForArchetype: [Bool]
  ) {
    self.learner = learner
    self.budget = budget
    self.assessed = assessed
    self.targets = targets
    recommendations = Array(repeating: [], count: resourceCount)
    adjustments = Array(repeating: [], count: resourceCount)
    exclusions = Array(repeating: nil, count: resourceCount)
    requirements = Array(repeating: nil, count: resourceCount)
    self.isCompleted = isCompleted
    self.isForArchetype = isForArchetype
  }

  /// Whether a resource may be planned at all.
  func isAvailable(_ resource: Int) -> Bool {
    isForArchetype[resource] && !isCompleted[resource] && exclusions[resource] == nil
  }

  /// The gap left in a capability when the learner has reached `level`.
  func openGap(_ capability: Int, reached level: Int) -> Int {
    Swift.max(0, targets[capability] - level)
  }
}
