/// A max-heap of options by rank, for the lazy greedy choice.
///
/// The heap orders small keys (the rank's three numbers and where the option is kept), so that
/// sifting moves no bundle arrays.
struct OptionHeap {
  /// What ranks an option, and its place in `options`.
  struct Key {
    var ratio: Double
    var score: Double
    var candidate: Int
    var slot: Int

    init(_ option: Planner.Option, slot: Int = 0) {
      ratio = option.ratio
      score = option.score
      candidate = option.candidate
      self.slot = slot
    }

    /// Lower score per minute, then lower score, then later id.
    func ranksBelow(_ other: Key) -> Bool {
      if ratio != other.ratio { return ratio < other.ratio }
      if score != other.score { return score < other.score }
      return candidate > other.candidate
    }
  }

  private var keys: [Key]
  /// Every option pushed; a popped one stays until the heap goes.
  private var options: [Planner.Option]

  init(_ options: [Planner.Option]) {
    self.options = options
    keys = options.enumerated().map { Key($1, slot: $0) }
    for index in stride(from: keys.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
  }

  /// How many options it holds.
  var count: Int { keys.count }

  /// The best option, if any.
  var top: Planner.Option? { keys.first.map { options[$0.slot] } }

  mutating func push(_ option: Planner.Option) {
    keys.append(Key(option, slot: options.count))
    options.append(option)
    var child = keys.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard keys[parent].ranksBelow(keys[child]) else { break }
      keys.swapAt(parent, child)
      child = parent
    }
  }

  /// Removes and returns the best option.
  mutating func pop() -> Planner.Option? {
    guard !keys.isEmpty else { return nil }
    keys.swapAt(0, keys.count - 1)
    let best = keys.removeLast()
    siftDown(0)
    return options[best.slot]
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var largest = parent
      if left < keys.count, keys[largest].ranksBelow(keys[left]) { largest = left }
      if right < keys.count, keys[largest].ranksBelow(keys[right]) { largest = right }
      guard largest != parent else { return }
      keys.swapAt(parent, largest)
      parent = largest
    }
  }
}
