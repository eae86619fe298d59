/// The choice one learner's plan makes, as plain numbers, for measuring the planner against an
/// exact search; planning never uses it.
///
/// The items are the required steps, the candidates worthwhile after them, and the prerequisites
/// their bundles need. An item added to a plan is worth its fixed part plus, for each capability
/// it teaches, its weight for each level it raises the level reached to (up to its level, at most
/// the target): the terms of section 4 of docs/scoring.md.
@_spi(Benchmarks) public struct SelectionProblem: Sendable {
  /// A resource that may be in the plan.
  public struct Item: Sendable {
    public let id: String
    public let minutes: Int
    public let level: Int
    /// Recommendations bound to no capability, boosts and penalties.
    public let fixedValue: Double
    /// Per capability it teaches: the capability's index, the level it raises it to (its level,
    /// at most the target), and the weight of each level raised (0 where no recommendation
    /// about that capability chose it).
    public let levels: [(capability: Int, upTo: Int, weight: Double)]
    /// The items it needs first, by index, in id order: its prerequisites not completed.
    public let prerequisites: [Int]
    public let isRequired: Bool
    /// Whether it may be chosen for itself; otherwise only as a prerequisite.
    public let isCandidate: Bool
  }

  /// Per capability, in the framework's order.
  public let assessed: [Int]
  /// Per capability, in the framework's order.
  public let targets: [Int]
  /// Nil is unlimited.
  public let budget: Int?
  public let items: [Item]
  /// The total score of the plan the planner keeps.
  public let plannedScore: Double
  /// The total score of the better of the greedy plan and the plan that starts with the single
  /// highest-scoring bundle: what the planner kept before it searched further.
  public let comparedScore: Double

  /// The problem a learner's plan solves; `budget` overrides the learner's own.
  public init(pathway: Pathway, learner: Learner, budget: Int? = nil) {
    let compiled = pathway.compiled
    let evaluation = Evaluator(compiled: compiled).evaluate(learner, budget: budget)
    let planner = Planner(compiled: compiled, evaluation: evaluation)
    let search = planner.search()
    let seeds = search.ranked(Int.max)
    let single = search.highestScoring.first
    comparedScore = Swift.max(
      search.grow(from: []).score,
      single.map { search.grow(from: [$0.candidate]).score } ?? -Double.infinity)
    plannedScore = search.best().score
    assessed = Array(evaluation.assessed)
    targets = Array(evaluation.targets)
    self.budget = evaluation.budget
    var resources = search.required.choices.map(\.resource)
    // In id order, whatever order the planner valued them in.
    for seed in seeds.sorted(by: { $0.candidate < $1.candidate }) {
      resources += planner.members(of: seed, in: search.required)
    }
    resources = resources.uniqued()
    let position = Dictionary(
      resources.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    let isRequired = Set(search.required.choices.map(\.resource))
    let isCandidate = Set(seeds.map(\.candidate))
    items = resources.map { resource in
      let level = compiled.facts.levels[resource]
      return Item(
        id: compiled.resources[resource].id.value,
        minutes: compiled.facts.minutes[resource],
        level: level,
        fixedValue: evaluation.fixedValue[resource],
        levels: compiled.slots(of: resource).map { slot in
          let capability = compiled.capabilityOfSlot[slot]
          return (
            capability.rawValue, Swift.min(level, evaluation.targets[capability]),
            evaluation.weightPerLevel(
              at: slot, capability: capability, level: level,
              minutes: compiled.facts.minutes[resource])
          )
        },
        prerequisites: compiled.prerequisitesOfResource[resource].compactMap { position[$0] },
        isRequired: isRequired.contains(resource),
        isCandidate: isCandidate.contains(resource))
    }
  }
}
