/// Looks for the plan with the most points among plans grown greedily from different starts.
///
/// Tried in a fixed order: the greedy plan; the plan that starts with the single highest-scoring
/// bundle (the cost-effective greedy's comparison); then, with a budget, the plans that start
/// with each of the next few, and, when few candidates are worthwhile, every set of them, else
/// swaps of one or two of the best plan's picks for a candidate that may fit better, these
/// filling from a shortlist of the best options. Every plan is grown by the
/// planner's own steps, so its terms add up as any plan's do, and a plan replaces the best found
/// so far only with more points, so the choice is deterministic and never worse than the greedy.
struct PlanSearch {
  let planner: Planner
  /// The state after the required steps, where every plan starts.
  let required: PlanningState
  /// The `firstChoices` highest-scoring options in `required`, highest first.
  let highestScoring: [Planner.Option]
  /// Every candidate's option in `required`, in rank order.
  let seeded: CandidateStream

  /// How many of the highest-scoring first choices each start a plan, with a budget.
  static let firstChoices = 4
  /// How many candidates by score, and how many by score per minute, a swap may bring in.
  static let swapPool = 4
  /// How many options by score per minute (with the `firstChoices` highest-scoring) the plans
  /// after the first two fill from: each costs what this shortlist holds, not the catalogue.
  static let shortlistLength = 48
  /// The most plans the swaps grow, for one learner.
  static let swapTrials = 48
  /// Up to how many worthwhile candidates every set of them is tried.
  static let exhaustiveLimit = 10
  /// The points by which a plan must beat the best so far: more than the rounding of a sum.
  static let tolerance = 1e-9

  /// The plan with the most points found.
  func best() -> PlanningState {
    var best = grow(from: [])
    let byScore = highestScoring
    guard let single = byScore.first else { return best }
    // A start the greedy plan already began with grows the same plan again.
    if best.picks.first != single.candidate { keep(grow(from: [single.candidate]), over: &best) }
    guard planner.evaluation.budget != nil else { return best }
    let byRatio = ranked(Self.shortlistLength)
    let shortlist = seeded.only(uniqued(byRatio + byScore))
    for first in byScore.dropFirst() where best.picks.first != first.candidate {
      keep(grow(from: [first.candidate], filling: shortlist), over: &best)
    }
    // The shortlist is longer than the limit: fewer options than it asked for are all there are.
    if byRatio.count <= Self.exhaustiveLimit {
      exhaust(byRatio, best: &best)
    } else {
      let pool = (byScore + byRatio.prefix(Self.swapPool)).map(\.candidate)
      swap(best: &best, pool: pool.uniqued(), filling: shortlist)
    }
    return best
  }

  /// The options, each candidate once, in order.
  private func uniqued(_ options: [Planner.Option]) -> [Planner.Option] {
    var seen: Set<ResourceIndex> = []
    return options.filter { seen.insert($0.candidate).inserted }
  }

  /// The `count` best options in `required`, best first.
  func ranked(_ count: Int) -> [Planner.Option] {
    var stream = seeded
    var options: [Planner.Option] = []
    while options.count < count, let next = stream.next(in: required, by: planner) {
      options.append(next)
    }
    return options
  }

  /// Keeps `plan` when it has more points than `best`.
  private func keep(_ plan: PlanningState, over best: inout PlanningState) {
    if plan.score > best.score + Self.tolerance { best = plan }
  }

  /// The plan that adds the bundles of `starts` that are worthwhile when their turn comes, in
  /// order, then grows greedily from `filling` (every candidate's option unless given).
  func grow(from starts: [ResourceIndex], filling: CandidateStream? = nil) -> PlanningState {
    grow(started(with: starts), filling: filling)
  }

  /// The state after the required steps and the bundles of `starts` that are worthwhile when
  /// their turn comes, with the members added.
  private func started(
    with starts: [ResourceIndex], after start: (state: PlanningState, added: [ResourceIndex])? = nil
  ) -> (state: PlanningState, added: [ResourceIndex]) {
    var (state, added) = start ?? (required, [])
    for candidate in starts where !state.isPlanned(candidate) {
      guard let option = planner.option(for: candidate, in: state) else { continue }
      added += pick(option, into: &state)
    }
    return (state, added)
  }

  /// A started state grown greedily from `filling` (every candidate's option unless given).
  private func grow(
    _ start: (state: PlanningState, added: [ResourceIndex]), filling: CandidateStream? = nil
  ) -> PlanningState {
    var state = start.state
    planner.fill(
      &state, from: filling ?? seeded,
      refreshing: planner.dependents(of: start.added))
    return state
  }

  /// Adds an option's bundle as a pick; its members.
  private func pick(_ option: Planner.Option, into state: inout PlanningState)
    -> [ResourceIndex]
  {
    let members = planner.members(of: option, in: state)
    for member in members { planner.add(member, to: &state, isMandatory: false) }
    state.picks.append(option.candidate)
    return members
  }

  // MARK: - Every set

  /// Tries every set of the worthwhile candidates that fits, each added in the order of the
  /// options' score per minute (a member no longer worthwhile when its turn comes is left out),
  /// cutting off a branch once even every candidate still to come could not beat the best.
  private func exhaust(_ order: [Planner.Option], best: inout PlanningState) {
    // An option's members are each worth at most their value after the required steps (values
    // only fall as levels rise), so these add up to a bound on what the rest can add.
    var bounds = [Double](repeating: 0, count: order.count + 1)
    for index in order.indices.reversed() {
      let members = planner.members(of: order[index], in: required)
      bounds[index] =
        bounds[index + 1]
        + members.reduce(0) { $0 + Swift.max(0, planner.value(of: $1, reached: required.reached)) }
    }
    exhaust(required, from: 0, order: order, bounds: bounds, best: &best)
  }

  /// Recursion as deep as the candidates, which `exhaustiveLimit` bounds.
  private func exhaust(
    _ state: PlanningState, from start: Int, order: [Planner.Option], bounds: [Double],
    best: inout PlanningState
  ) {
    keep(state, over: &best)
    for index in start..<order.count {
      guard state.score + bounds[index] > best.score + Self.tolerance else { return }
      let candidate = order[index].candidate
      guard !state.isPlanned(candidate), let option = planner.option(for: candidate, in: state)
      else { continue }
      var next = state
      _ = pick(option, into: &next)
      exhaust(next, from: index + 1, order: order, bounds: bounds, best: &best)
    }
  }

  // MARK: - Swaps

  /// The minutes that removing some picks frees at most: theirs and those of the prerequisites,
  /// at any depth, that the plan holds for something other than a requirement.
  private func freedMinutes(removing removed: [ResourceIndex], from state: PlanningState) -> Int {
    let compiled = planner.compiled
    // A handful of resources: arrays, not sets, so that nothing is hashed.
    var found: [ResourceIndex] = []
    var pending = removed
    while let resource = pending.popLast() {
      guard state.isPlanned(resource), !found.contains(resource),
        !state.choices.contains(where: { $0.resource == resource && $0.isMandatory })
      else { continue }
      found.append(resource)
      pending += compiled.prerequisitesOfResource[resource]
    }
    return found.reduce(0) { $0 + compiled.facts.minutes[$1] }
  }

  /// Replaces the best plan, again and again, by the first plan with more points that keeps all
  /// but one or two of its picks, adds one from `pool`, and grows greedily; `swapTrials` plans
  /// at most.
  private func swap(best: inout PlanningState, pool: [ResourceIndex], filling: CandidateStream) {
    var trials = 0
    while trials < Self.swapTrials {
      let picks = best.picks
      // The last picks, the least worth a minute, first; then pairs.
      var removals = picks.indices.reversed().map { [$0] }
      for first in picks.indices.reversed() {
        for second in picks.indices.reversed() where second < first {
          removals.append([second, first])
        }
      }
      var improved = false
      search: for removal in removals {
        // The kept picks added once, for every candidate tried after them.
        let kept = started(with: picks.indices.filter { !removal.contains($0) }.map { picks[$0] })
        let room =
          (planner.evaluation.budget ?? Int.max) - best.minutes
          + freedMinutes(removing: removal.map { picks[$0] }, from: best)
        // A candidate that cannot fit even where the removed picks were makes no swap.
        for incoming in pool
        where !picks.contains(incoming) && planner.compiled.facts.minutes[incoming] <= room {
          guard trials < Self.swapTrials else { return }
          trials += 1
          let trial = grow(started(with: [incoming], after: kept), filling: filling)
          if trial.score > best.score + Self.tolerance {
            best = trial
            improved = true
            break search
          }
        }
      }
      guard improved else { return }
    }
  }
}
