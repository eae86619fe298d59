/// A learner's recommendations bound to a capability that choose, of every resource teaching it,
/// those within level and minutes bounds (the common "close each gap" rule): kept as those
/// bounds, per capability, instead of being written to each of the thousands of resources a
/// national catalogue has in a capability's pool.
///
/// A capability keeps its recommendations as bounds until one bound to it chooses otherwise;
/// then those kept are written per resource first, in firing order, so that a slot's weights
/// add up in the same order either way and give the same sum.
struct PoolRecommendations: Sendable {
  /// One recommendation: the weight each level closed is worth, and what it chooses.
  struct Bounds: Sendable {
    let weight: Double
    let levels: ClosedRange<Int>
    let maxMinutes: Int

    /// Whether it chooses a resource of the capability's pool.
    @inline(__always)
    func chooses(level: Int, minutes: Int) -> Bool {
      levels.contains(level) && minutes <= maxMinutes
    }
  }

  /// The widest bounds of a capability's kept recommendations, and how many there are: what
  /// a resource is tested against first, in one small contiguous array.
  struct Envelope: Sendable {
    /// None kept: bounds that nothing is within.
    static let empty = Envelope(lowest: .max, highest: .min, maxMinutes: .min, count: 0)

    var lowest: Int
    var highest: Int
    var maxMinutes: Int
    var count: Int

    /// The envelope with one more recommendation's bounds.
    func widened(by bounds: Bounds) -> Envelope {
      Envelope(
        lowest: Swift.min(lowest, bounds.levels.lowerBound),
        highest: Swift.max(highest, bounds.levels.upperBound),
        maxMinutes: Swift.max(maxMinutes, bounds.maxMinutes), count: count + 1)
    }

    /// Whether a resource with this level and minutes is within: chosen by the one kept
    /// recommendation when `count` is 1; perhaps by some when more.
    @inline(__always)
    func holds(level: Int, minutes: Int) -> Bool {
      lowest <= level && level <= highest && minutes <= maxMinutes
    }
  }

  /// Per capability, its recommendations kept as bounds, in firing order.
  private var bounds: PerCapability<[Bounds]>
  /// Per capability, the envelope of `bounds`.
  private var envelopes: PerCapability<Envelope>
  /// Per capability, whether its recommendations are written per resource instead.
  private var isWritten: PerCapability<Bool>

  /// None kept, for `count` capabilities.
  init(count: Int) {
    bounds = PerCapability(repeating: [], count: count)
    envelopes = PerCapability(repeating: .empty, count: count)
    isWritten = PerCapability(repeating: false, count: count)
  }

  /// Keeps a recommendation as bounds, unless the capability's are already written per resource.
  mutating func keep(_ recommendation: Bounds, for capability: CapabilityIndex) -> Bool {
    guard !isWritten[capability] else { return false }
    bounds[capability].append(recommendation)
    envelopes[capability] = envelopes[capability].widened(by: recommendation)
    return true
  }

  /// Marks a capability's recommendations as written per resource from now on; the bounds kept
  /// until now, for the caller to write first.
  mutating func writingPerResource(_ capability: CapabilityIndex) -> [Bounds] {
    guard !isWritten[capability] else { return [] }
    isWritten[capability] = true
    defer { (bounds[capability], envelopes[capability]) = ([], .empty) }
    return bounds[capability]
  }

  /// The weights of the kept recommendations of `capability` that choose a resource of its pool
  /// with this level and minutes, added in firing order from `written` (zero when any are kept).
  @inline(__always)
  func weight(
    of capability: CapabilityIndex, level: Int, minutes: Int, adding written: Double
  ) -> Double {
    let envelope = envelopes[capability]
    guard envelope.holds(level: level, minutes: minutes) else { return written }
    if envelope.count == 1, let only = bounds[capability].first { return written + only.weight }
    var weight = written
    for recommendation in bounds[capability]
    where recommendation.chooses(level: level, minutes: minutes) {
      weight += recommendation.weight
    }
    return weight
  }

  /// Whether a kept recommendation of `capability` chooses a resource of its pool with this
  /// level and minutes.
  @inline(__always)
  func chooses(_ capability: CapabilityIndex, level: Int, minutes: Int) -> Bool {
    let envelope = envelopes[capability]
    guard envelope.holds(level: level, minutes: minutes) else { return false }
    return envelope.count == 1
      || bounds[capability].contains { $0.chooses(level: level, minutes: minutes) }
  }
}
