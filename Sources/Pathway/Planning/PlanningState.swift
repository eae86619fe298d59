/// The plan as it grows: levels reached, resources planned, minutes used, steps chosen.
struct PlanningState: Sendable {
  /// A resource chosen, with its value at the moment it was chosen: plain numbers, so that the
  /// search copies plans without counting references (the levels it raised are found again for
  /// the plan kept: `Planner.raises(_:)`).
  struct Choice: Sendable {
    var resource: ResourceIndex
    var score: Double
    var isMandatory: Bool
  }

  /// A capability a step raised, from and to which level.
  struct Raise: Sendable {
    var capability: CapabilityIndex
    var from: Int
    var to: Int
  }

  /// One term of a score: the firing that gave it and its value.
  struct ScoredTerm: Sendable {
    var firing: FiringIndex
    var value: Double
  }

  /// Per capability: the assessed level raised by the steps chosen.
  var reached: PerCapability<Int>
  /// The resources planned, ascending: as many as the steps, so that copying a state costs what
  /// its plan holds, not what the catalogue holds, and looking one up hashes nothing.
  private(set) var planned: [ResourceIndex] = []
  var minutes = 0
  var choices: [Choice] = []
  /// The candidates chosen for themselves (not as a prerequisite, not required), in order: the
  /// starts the search grows plans from again.
  var picks: [ResourceIndex] = []
  /// The capabilities still below their target.
  private(set) var openGaps = 0

  /// The state before any step: levels as assessed.
  init(reached: PerCapability<Int>, targets: PerCapability<Int>) {
    self.reached = reached
    countOpenGaps(targets: targets)
  }

  /// Whether a resource is planned.
  func isPlanned(_ resource: ResourceIndex) -> Bool { planned.containsSorted(resource) }

  /// Marks a resource planned.
  mutating func markPlanned(_ resource: ResourceIndex) {
    guard !isPlanned(resource) else { return }
    planned.insert(resource, at: planned.firstIndex { $0 > resource } ?? planned.count)
  }

  /// The total score of the choices.
  var score: Double { choices.reduce(0) { $0 + $1.score } }

  /// Counts `openGaps` again, after levels were raised.
  mutating func countOpenGaps(targets: PerCapability<Int>) {
    openGaps = zip(reached, targets).count { $0 < $1 }
  }
}
