/// The lazy greedy's queue: candidates' options in rank order as a plan grows, each valued only
/// as it nears the top.
///
/// Under the recommendations kept as bounds, the members of a group (`ResourceGroups`) are
/// worth the same sum, less for a longer member that fewer of them choose, plus their boosts
/// and penalties: so the group's next member, valued with the group's largest boost, bounds
/// every member after it. Each group waits in the heap as that bound; a member is valued when
/// its bound comes to the top, and a catalogue's thousands of resources that teach the same at
/// the same level cost a place in the heap, not a valuation each. A group whose members would
/// raise no gap still open, or no longer fit, leaves the heap whole. The resources a
/// recommendation written per resource chose, and those that need another first, are valued at
/// the start.
///
/// Values only fall as a plan grows (recommend terms count the gap still open; boosts are
/// constant), so an entry valued in an earlier state bounds its value now; only the top is
/// valued again. The exceptions, candidates whose prerequisites were just planned, are pushed
/// again by the caller (`push(_:in:)`).
struct CandidateStream {
  /// The order options come in.
  enum Order {
    /// Score per minute, then score, then lower index: the greedy's order.
    case byRatio
    /// Score, then fewer minutes, then lower index.
    case byScore

    /// Whether `a` comes after `b`.
    @inline(__always)
    func ranksBelow(_ a: Planner.Option, _ b: Planner.Option) -> Bool {
      switch self {
      case .byRatio: a.ranksBelow(b)
      case .byScore: (a.score, -a.minutes, b.candidate) < (b.score, -b.minutes, a.candidate)
      }
    }
  }

  /// An option, valued when the plan had `steps` steps: a candidate's, or the bound of a group's
  /// member.
  ///
  /// In 48 bytes, as heaps move and copy them: positions, group numbers and steps of a
  /// catalogue held in memory are far below 2^31.
  struct Entry {
    let option: Planner.Option
    /// The member's position in `ResourceGroups`, -1 for a candidate's own option.
    private let position: Int32
    private let group: Int32
    let steps: Int32

    init(option: Planner.Option, member: (position: Int, group: Int)?, steps: Int) {
      self.option = option
      position = Int32(truncatingIfNeeded: member?.position ?? -1)
      group = Int32(truncatingIfNeeded: member?.group ?? -1)
      self.steps = Int32(truncatingIfNeeded: steps)
    }

    /// The member's position in `ResourceGroups` and its group's number; nil for a candidate's
    /// own option.
    var member: (position: Int, group: Int)? {
      position < 0 ? nil : (Int(position), Int(group))
    }
  }

  private let candidates: Candidates
  private let order: Order
  /// The entries the stream was made with, in order, read by place: shared, not copied, by the
  /// streams copied from this one.
  private let ranked: Ranked
  private var place = 0
  /// The entries valued since, and the bounds of the members after those taken.
  private var heap: EntryHeap
  /// At most how many options the heap's entries stand for.
  private var inHeap = 0

  /// At most how many options are still to come.
  var remaining: Int { inHeap + ranked.remaining(from: place) }

  /// The options of `candidates` in each order.
  static func ranking(_ candidates: Candidates, by planner: Planner) -> (
    byScore: CandidateStream, byRatio: CandidateStream
  ) {
    let entries = candidates.initialEntries(by: planner)
    let byScore = CandidateStream(entries, order: .byScore, candidates: candidates)
    return (byScore, CandidateStream(consume entries, order: .byRatio, candidates: candidates))
  }

  /// A stream of only these of its options, valued in the state it was made for, in the
  /// greedy's order.
  func only(_ options: [Planner.Option]) -> CandidateStream {
    let steps = candidates.state.choices.count
    return CandidateStream(
      options.map { Entry(option: $0, member: nil, steps: steps) }, order: .byRatio,
      candidates: candidates)
  }

  private init(_ entries: [Entry], order: Order, candidates: Candidates) {
    self.order = order
    self.candidates = candidates
    ranked = Ranked(entries, order: order, candidates: candidates)
    heap = EntryHeap([], order: order)
  }

  /// Adds a candidate's option valued in `state`.
  mutating func push(_ option: Planner.Option, in state: PlanningState) {
    push(Entry(option: option, member: nil, steps: state.choices.count))
  }

  /// The best option in `state`, valued in it; nil when no candidate has one.
  ///
  /// `state` has grown from the one the stream was made for, with nothing taken away.
  mutating func next(in state: PlanningState, by planner: Planner) -> Planner.Option? {
    let steps = Int32(truncatingIfNeeded: state.choices.count)
    while var entry = popBest() {
      if entry.steps != steps {
        // Valued in an earlier state: valued again, and kept for later unless still the best.
        guard let fresh = revalued(entry, in: state, by: planner) else { continue }
        guard ranksAtTop(fresh.option) else {
          push(fresh)
          continue
        }
        entry = fresh
      }
      guard let (position, group) = entry.member else { return entry.option }
      pushBound(from: position + 1, group: group, in: state, by: planner)
      switch candidates.valued(entry.option, group: group, in: state, by: planner) {
      case .bound: return entry.option
      case .lower(let option):
        guard ranksAtTop(option) else {
          push(Entry(option: option, member: nil, steps: state.choices.count))
          continue
        }
        return option
      case .none: continue
      }
    }
    return nil
  }

  /// Whether an option ranks at least as high as every entry left.
  private func ranksAtTop(_ option: Planner.Option) -> Bool {
    let next = ranked.entry(at: place)
    if let next, order.ranksBelow(option, next.option) { return false }
    if let first = heap.first, order.ranksBelow(option, first.option) { return false }
    return true
  }

  /// Removes and returns the best entry left: the next ranked one or the heap's first.
  private mutating func popBest() -> Entry? {
    guard let next = ranked.entry(at: place) else { return pop() }
    if let first = heap.first, order.ranksBelow(next.option, first.option) { return pop() }
    place += 1
    return next
  }

  /// An entry valued again in `state`: a candidate's option, or the bound of the same member;
  /// nil when it has none there.
  private func revalued(_ entry: Entry, in state: PlanningState, by planner: Planner) -> Entry? {
    let steps = state.choices.count
    guard let (position, group) = entry.member else {
      let candidate = entry.option.candidate
      guard !state.isPlanned(candidate),
        let option = planner.option(for: candidate, in: state)
      else { return nil }
      return Entry(option: option, member: nil, steps: steps)
    }
    return candidates.bound(from: position, group: group, in: state, by: planner).map {
      Entry(option: $0.0, member: ($0.1, group), steps: steps)
    }
  }

  /// Pushes the bound in `state` of the group's first member from `start` that is not valued at
  /// the start, if any.
  private mutating func pushBound(
    from start: Int, group: Int, in state: PlanningState, by planner: Planner
  ) {
    guard
      let (option, position) = candidates.bound(
        from: start, group: group, in: state, by: planner)
    else { return }
    push(Entry(option: option, member: (position, group), steps: state.choices.count))
  }

  private mutating func push(_ entry: Entry) {
    inHeap += candidates.count(of: entry)
    heap.push(entry)
  }

  private mutating func pop() -> Entry? {
    guard let entry = heap.pop() else { return nil }
    inHeap -= candidates.count(of: entry)
    return entry
  }

  /// Entries in order, taken from a heap of them as first read, and shared by reference.
  ///
  /// One learner's search owns it, on one thread: its accesses are not checked at run time.
  private final class Ranked {
    @exclusivity(unchecked) private var heap: EntryHeap
    private let candidates: Candidates
    @exclusivity(unchecked) private var entries: [Entry] = []
    /// Per entry taken, and one more, how many options the entries before it stand for.
    @exclusivity(unchecked) private var countsBefore = [0]
    private let total: Int

    init(_ entries: [Entry], order: Order, candidates: Candidates) {
      total = entries.reduce(0) { $0 + candidates.count(of: $1) }
      heap = EntryHeap(entries, order: order)
      self.candidates = candidates
    }

    /// The entry at a place in order; nil past the last.
    func entry(at place: Int) -> Entry? {
      while entries.count <= place, let next = heap.pop() {
        entries.append(next)
        countsBefore.append((countsBefore.last ?? 0) + candidates.count(of: next))
      }
      return place < entries.count ? entries[place] : nil
    }

    /// At most how many options the entries from `place` on stand for.
    func remaining(from place: Int) -> Int {
      total - countsBefore[Swift.min(place, countsBefore.count - 1)]
    }
  }

  /// The candidates after the required steps: the options valued at the start and each group's
  /// largest boost, shared by reference by the streams that rank them.
  ///
  /// The planner that values them is handed to each call, not kept, so that it is never copied
  /// out of a reference.
  final class Candidates {
    /// The state after the required steps.
    let state: PlanningState
    /// The options of the resources a recommendation written per resource chose, and of those
    /// that need another first.
    let valued: [Planner.Option]
    /// Per group, the largest sum of boosts and penalties of a member, or 0.
    private let boosts: [Double]

    /// Where each group's members end in `ResourceGroups`.
    private let groupEnds: [Int]

    init(planner: Planner, state: PlanningState) {
      self.state = state
      let evaluation = planner.evaluation
      let groups = planner.compiled.resourceGroups
      let oneByOne =
        evaluation.recommendedWritten
        + groups.withPrerequisites.filter { !evaluation.isRecommendedWritten[$0] }
      valued = oneByOne.compactMap {
        planner.isCandidate($0) ? planner.option(for: $0, in: state) : nil
      }
      var boosts = [Double](repeating: 0, count: groups.ranges.count)
      for resource in evaluation.boosted {
        guard let group = groups.group(of: resource) else { continue }
        boosts[group] = Swift.max(boosts[group], evaluation.fixedValue[resource])
      }
      self.boosts = boosts
      groupEnds = groups.ranges.map(\.upperBound)
    }

    /// The options valued at the start and the bound of each group's first member: what every
    /// stream of these candidates starts from.
    fileprivate func initialEntries(by planner: Planner) -> [Entry] {
      let ranges = planner.compiled.resourceGroups.ranges
      let steps = state.choices.count
      var entries: [Entry] = []
      entries.reserveCapacity(valued.count + ranges.count)
      entries += valued.map { Entry(option: $0, member: nil, steps: steps) }
      for group in ranges.indices {
        guard
          let (option, position) = bound(
            from: ranges[group].lowerBound, group: group, in: state, by: planner)
        else { continue }
        entries.append(Entry(option: option, member: (position, group), steps: steps))
      }
      return entries
    }

    /// The bound in `state` of the group's first member from `start` that may be planned and
    /// is not valued at the start, with its position; nil when that member, and so every member
    /// after it, would raise no gap still open, is not chosen by a recommendation, does not fit
    /// or is worth nothing.
    func bound(from start: Int, group: Int, in state: PlanningState, by planner: Planner)
      -> (Planner.Option, Int)?
    {
      let groups = planner.compiled.resourceGroups
      let evaluation = planner.evaluation
      let end = groupEnds[group]
      var position = start
      while position < end,
        evaluation.isRecommendedWritten[groups[position]]
          || !evaluation.isAvailable(groups[position])
      {
        position += 1
      }
      guard position < end else { return nil }
      let resource = groups[position]
      let minutes = planner.compiled.facts.minutes[resource]
      guard planner.fits(minutes, in: state),
        evaluation.isRecommended(resource, in: planner.compiled),
        let value = planner.valueWithoutFixedPart(resource, reached: state.reached)
      else { return nil }
      var bound = value
      if boosts[group] > 0 {
        // Above the member's value however its terms' sum is rounded.
        bound = (bound + boosts[group]) * (1 + 1e-12) + 1e-12
      }
      guard bound > 0 else { return nil }
      return (Planner.Option(candidate: resource, score: bound, minutes: minutes), position)
    }

    /// How many options an entry stands for at most: one, or its member and those after it.
    func count(of entry: Entry) -> Int {
      guard let member = entry.member else { return 1 }
      return groupEnds[member.group] - member.position
    }

    /// What a member whose bound came to the top is worth.
    enum Valued {
      /// Its bound: no boost or penalty changed it.
      case bound
      /// Less, as this option.
      case lower(Planner.Option)
      /// Nothing: it is planned already, or a penalty took all its worth.
      case none
    }

    /// What the member whose bound in `state` this is is worth in it.
    func valued(
      _ bound: Planner.Option, group: Int, in state: PlanningState, by planner: Planner
    ) -> Valued {
      let resource = bound.candidate
      guard !state.isPlanned(resource) else { return .none }
      if boosts[group] == 0, planner.evaluation.fixedValue[resource] == 0 { return .bound }
      return planner.option(for: resource, in: state).map { .lower($0) } ?? .none
    }
  }
}
