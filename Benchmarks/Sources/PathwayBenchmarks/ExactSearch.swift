@_spi(Benchmarks) import Pathway

/// The most points a plan for one learner can score, by branch and bound over every set of its
/// candidates, under the planner's own rules.
///
/// After the required steps, each set of candidates is added in one fixed order (points per
/// minute after the required steps, as the planner's seeds rank them), each candidate's bundle
/// (its prerequisites first) only when it is worthwhile at its turn: it raises a capability
/// still below its target, fits the budget left, and adds more than 0. The bound at each node is
/// the fractional knapsack of what each candidate still to come would add alone over its own
/// minutes (each member's value only falls as levels rise, so it bounds what any of them adds
/// later). Plans whose best order is another may score more than this optimum; the benchmark
/// then counts the planner's plan as the best known.
struct ExactSearch {
  let problem: SelectionProblem
  /// Each candidate's bundle after the required steps, prerequisites first, in the fixed order.
  private let bundles: [(candidate: Int, members: [Int])]

  init(_ problem: SelectionProblem) {
    self.problem = problem
    var bundles: [(candidate: Int, members: [Int])] = []
    var start = State(problem)
    for item in problem.items.indices where problem.items[item].isRequired {
      start.add(item, of: problem)
    }
    for candidate in problem.items.indices where problem.items[candidate].isCandidate {
      bundles.append((candidate, Self.bundle(of: candidate, in: start, problem: problem)))
    }
    let ratio = bundles.map { bundle in
      start.value(of: bundle.members, in: problem)
        / Double(max(1, bundle.members.reduce(0) { $0 + problem.items[$1].minutes }))
    }
    self.bundles = bundles.indices.sorted { (ratio[$0], -$0) > (ratio[$1], -$1) }.map {
      bundles[$0]
    }
  }

  /// A plan as it grows: the items in it, the levels reached, its minutes and points.
  struct State {
    var isIn: [Bool]
    var reached: [Int]
    var minutes = 0
    var points = 0.0

    init(_ problem: SelectionProblem) {
      isIn = Array(repeating: false, count: problem.items.count)
      reached = problem.assessed
    }

    /// An item's value with the levels reached so far.
    func value(of item: Int, in problem: SelectionProblem) -> Double {
      let entry = problem.items[item]
      return entry.levels.reduce(entry.fixedValue) { total, counted in
        total + counted.weight * Double(max(0, counted.upTo - reached[counted.capability]))
      }
    }

    /// The members' values added, each after those before it.
    func value(of members: [Int], in problem: SelectionProblem) -> Double {
      var copy = self
      return members.reduce(0) { total, member in
        let value = copy.value(of: member, in: problem)
        copy.add(member, of: problem)
        return total + value
      }
    }

    mutating func add(_ item: Int, of problem: SelectionProblem) {
      points += value(of: item, in: problem)
      isIn[item] = true
      minutes += problem.items[item].minutes
      for counted in problem.items[item].levels where counted.upTo > reached[counted.capability] {
        reached[counted.capability] = counted.upTo
      }
    }

    /// Whether an item raises a capability still below its target.
    func raisesOpenGap(_ item: Int, in problem: SelectionProblem) -> Bool {
      problem.items[item].levels.contains { counted in
        reached[counted.capability] < problem.targets[counted.capability]
          && problem.items[item].level > reached[counted.capability]
      }
    }
  }

  /// A candidate with the prerequisites it still needs, prerequisites first (in id order, at
  /// any depth).
  static func bundle(of candidate: Int, in state: State, problem: SelectionProblem) -> [Int] {
    var order: [Int] = []
    var visited: Set<Int> = [candidate]
    func visit(_ item: Int) {
      for prerequisite in problem.items[item].prerequisites
      where !state.isIn[prerequisite] && visited.insert(prerequisite).inserted {
        visit(prerequisite)
      }
      order.append(item)
    }
    visit(candidate)
    return order
  }

  /// The optimum's points and items' ids, or nil when `nodeLimit` nodes did not settle it.
  func optimum(nodeLimit: Int) -> (points: Double, ids: [String])? {
    guard let budget = problem.budget else { return nil }
    var start = State(problem)
    for item in problem.items.indices where problem.items[item].isRequired {
      start.add(item, of: problem)
    }
    var best = start
    var nodes = 0
    var settled = true
    func search(_ state: State, from next: Int) {
      nodes += 1
      guard nodes <= nodeLimit else {
        settled = false
        return
      }
      if state.points > best.points + 1e-9 { best = state }
      guard next < bundles.count,
        state.points + bound(state, from: next, budget: budget) > best.points + 1e-9
      else { return }
      let candidate = bundles[next].candidate
      if !state.isIn[candidate], state.raisesOpenGap(candidate, in: problem) {
        let members = Self.bundle(of: candidate, in: state, problem: problem)
        let minutes = members.reduce(0) { $0 + problem.items[$1].minutes }
        if state.minutes + minutes <= budget, state.value(of: members, in: problem) > 0 {
          var added = state
          for member in members { added.add(member, of: problem) }
          search(added, from: next + 1)
        }
      }
      search(state, from: next + 1)
    }
    search(start, from: 0)
    guard settled else { return nil }
    return (
      best.points, problem.items.indices.filter { best.isIn[$0] }.map { problem.items[$0].id }
    )
  }

  /// The fractional knapsack of what each candidate from `next` on would add alone (its members'
  /// positive values), over its own minutes.
  private func bound(_ state: State, from next: Int, budget: Int) -> Double {
    var options: [(gain: Double, minutes: Int)] = []
    for bundle in bundles[next...] where !state.isIn[bundle.candidate] {
      let gain = bundle.members.reduce(0) { total, member in
        state.isIn[member] ? total : total + max(0, state.value(of: member, in: problem))
      }
      if gain > 0 { options.append((gain, problem.items[bundle.candidate].minutes)) }
    }
    options.sort { $0.gain * Double(max(1, $1.minutes)) > $1.gain * Double(max(1, $0.minutes)) }
    var room = Double(budget - state.minutes)
    var total = 0.0
    for option in options {
      guard room > 0 || option.minutes == 0 else { break }
      let share = option.minutes == 0 ? 1 : min(1, room / Double(option.minutes))
      total += option.gain * share
      room -= Double(option.minutes) * share
    }
    return total
  }
}
