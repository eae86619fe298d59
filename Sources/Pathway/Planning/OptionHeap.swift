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
    var child = options.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard options[parent].ranksBelow(options[child]) else { break }
      options.swapAt(parent, child)
      child = parent
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

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var largest = parent
      if left < options.count, options[largest].ranksBelow(options[left]) { largest = left }
      if right < options.count, options[largest].ranksBelow(options[right]) { largest = right }
      guard largest != parent else { return }
      options.swapAt(parent, largest)
      parent = largest
    }
  }
}
