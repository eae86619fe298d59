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

  /// Per capability, its recommendations kept as bounds, in firing order.
  private(set) var bounds: PerCapability<[Bounds]>
  /// Per capability, whether its recommendations are written per resource instead.
  private(set) var isWritten: PerCapability<Bool>

  /// None kept, for `count` capabilities.
  init(count: Int) {
    bounds = PerCapability(repeating: [], count: count)
    isWritten = PerCapability(repeating: false, count: count)
  }

  /// Keeps a recommendation as bounds, unless the capability's are already written per resource.
  mutating func keep(_ recommendation: Bounds, for capability: CapabilityIndex) -> Bool {
    guard !isWritten[capability] else { return false }
    bounds[capability].append(recommendation)
    return true
  }

  /// Marks a capability's recommendations as written per resource from now on; the bounds kept
  /// until now, for the caller to write first.
  mutating func writingPerResource(_ capability: CapabilityIndex) -> [Bounds] {
    guard !isWritten[capability] else { return [] }
    isWritten[capability] = true
    defer { bounds[capability] = [] }
    return bounds[capability]
  }

  /// The weights of the kept recommendations of `capability` that choose a resource of its pool
  /// with this level and minutes, added in firing order from `written` (zero when any are kept).
  @inline(__always)
  func weight(
    of capability: CapabilityIndex, level: Int, minutes: Int, adding written: Double
  ) -> Double {
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
    bounds[capability].contains { $0.chooses(level: level, minutes: minutes) }
  }
}
