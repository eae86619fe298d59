/// A max-heap of options by rank, for the lazy greedy choice.
///
/// Options are plain numbers, so sifting moves a few words and counts no references.
struct OptionHeap {
  private var options: [Planner.Option]

  init(_ options: [Planner.Option]) {
    self.options = options
    for index in stride(from: options.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
  }

  /// How many options it holds.
  var count: Int { options.count }

  /// The best option, if any.
  var top: Planner.Option? { options.first }

  mutating func push(_ option: Planner.Option) {
    options.append(option)
    options.withUnsafeMutableBufferPointer { options in
      // The new option rises through a hole: each parent it passes moves down once.
      var hole = options.count - 1
      while hole > 0 {
        let parent = (hole - 1) / 2
        guard options[parent].ranksBelow(option) else { break }
        options[hole] = options[parent]
        hole = parent
      }
      options[hole] = option
    }
  }

  /// Removes and returns the best option.
  mutating func pop() -> Planner.Option? {
    guard !options.isEmpty else { return nil }
    options.swapAt(0, options.count - 1)
    let best = options.removeLast()
    siftDown(0)
    return best
  }

  /// Sinks the option at `start` below every child that ranks above it.
  ///
  /// Through a buffer, whose sole ownership is checked once, and a hole: each child it passes
  /// moves up once. Every place read is below the count, as each step checks.
  private mutating func siftDown(_ start: Int) {
    options.withUnsafeMutableBufferPointer { options in
      let count = options.count
      guard start < count else { return }
      let sinking = options[start]
      var hole = start
      while true {
        var child = 2 * hole + 1
        guard child < count else { break }
        if child + 1 < count, options[child].ranksBelow(options[child + 1]) { child += 1 }
        guard sinking.ranksBelow(options[child]) else { break }
        options[hole] = options[child]
        hole = child
      }
      options[hole] = sinking
    }
  }
}
