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

  /// Where a term of a resource's score comes from: a recommend term (weight x the levels
  /// closed of the firing's capability gap), a requirement (a term of 0 that says why), or a
  /// boost (positive) or penalty (negative), already multiplied by the rule's weight.
  enum TermSource: Sendable {
    case recommendation(firing: Int)
    case requirement(firing: Int)
    case adjustment(firing: Int, amount: Double)

    var firing: Int {
      switch self {
      case .recommendation(let firing), .requirement(let firing), .adjustment(let firing, _): firing
      }
    }

    /// Among the terms of one firing: recommendations, then the requirement, then adjustments.
    var rank: Int {
      switch self {
      case .recommendation: 0
      case .requirement: 1
      case .adjustment: 2
      }
    }

    var isRecommendation: Bool {
      if case .recommendation = self { true } else { false }
    }
  }

  /// A term as the rules give it, for one resource, before terms are grouped by resource.
  struct ResourceTerm: Sendable {
    var resource: Int
    var source: TermSource
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
  var exclusions: [Exclusion?]
  /// Per resource: the firing of the first rule that requires it.
  var requirements: [Int?]
  /// Every resource's terms' sources, grouped by resource, each group in the order terms are
  /// listed (rule id, then capability id, then recommendation, requirement, adjustment): one
  /// array for all, so that a learner's evaluation allocates a few arrays, not a few per resource.
  private(set) var termSources: [TermSource] = []
  /// Where each resource's group starts in `termSources`; one more entry than resources.
  private(set) var termStart: [Int] = [0]
  /// Per resource: whether a rule recommends it.
  private(set) var isRecommended: [Bool]
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
    isRecommended = Array(repeating: false, count: resourceCount)
    exclusions = Array(repeating: nil, count: resourceCount)
    requirements = Array(repeating: nil, count: resourceCount)
    self.isCompleted = isCompleted
    self.isForArchetype = isForArchetype
  }

  /// A resource's terms' sources, in the order terms are listed.
  func terms(of resource: Int) -> ArraySlice<TermSource> {
    termSources[termStart[resource]..<termStart[resource + 1]]
  }

  /// Groups the terms the rules gave, in firing order, by resource: each group keeps firing
  /// order, and within one firing puts recommendations, then the requirement, then adjustments.
  func setTerms(_ terms: [ResourceTerm]) {
    let count = isRecommended.count
    var start = [Int](repeating: 0, count: count + 1)
    for term in terms { start[term.resource + 1] += 1 }
    for index in 0..<count { start[index + 1] += start[index] }
    var next = start
    var grouped = [TermSource](repeating: .requirement(firing: 0), count: terms.count)
    for term in terms {
      grouped[next[term.resource]] = term.source
      next[term.resource] += 1
      if term.source.isRecommendation { isRecommended[term.resource] = true }
    }
    for resource in 0..<count where start[resource + 1] - start[resource] > 1 {
      // Insertion sort: stable, and linear for groups already in order, as nearly all are.
      for position in (start[resource] + 1)..<start[resource + 1] {
        let moving = grouped[position]
        var slot = position
        while slot > start[resource], Self.precedes(moving, grouped[slot - 1]) {
          grouped[slot] = grouped[slot - 1]
          slot -= 1
        }
        grouped[slot] = moving
      }
    }
    termSources = grouped
    termStart = start
  }

  private static func precedes(_ a: TermSource, _ b: TermSource) -> Bool {
    (a.firing, a.rank) < (b.firing, b.rank)
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
