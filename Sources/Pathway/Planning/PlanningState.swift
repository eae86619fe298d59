/// The plan as it grows: levels reached, resources planned, minutes used, steps chosen.
struct PlanningState: Sendable {
  /// A resource chosen, with its value at the moment it was chosen.
  struct Choice: Sendable {
    var resource: Int
    var terms: [ScoredTerm]
    var score: Double
    var closes: [(capability: Int, from: Int, to: Int)]
    var isMandatory: Bool
  }

  /// One term of a score: the firing that gave it and its value.
  struct ScoredTerm: Sendable {
    var firing: Int
    var value: Double
  }

  /// Per capability: the assessed level raised by the steps chosen.
  var reached: [Int]
  /// Per resource.
  var isPlanned: [Bool]
  var minutes = 0
  var choices: [Choice] = []

  /// The total score of the choices.
  var score: Double { choices.reduce(0) { $0 + $1.score } }
}
