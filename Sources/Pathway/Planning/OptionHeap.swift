/// A max-heap of options by rank, for the lazy greedy choice.
struct OptionHeap {
  private var items: [Planner.Option]

  init(_ options: [Planner.Option]) {
    items = options
    for index in stride(from: items.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
  }

  /// The best option, if any.
  var top: Planner.Option? { items.first }

  mutating func push(_ option: Planner.Option) {
    items.append(option)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard items[parent].ranksBelow(items[child]) else { break }
      items.swapAt(parent, child)
      child = parent
    }
  }

  /// Removes and returns the best option.
  mutating func pop() -> Planner.Option? {
    guard !items.isEmpty else { return nil }
    items.swapAt(0, items.count - 1)
    let best = items.removeLast()
    siftDown(0)
    return best
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var largest = parent
      if left < items.count, items[largest].ranksBelow(items[left]) { largest = left }
      if right < items.count, items[largest].ranksBelow(items[right]) { largest = right }
      guard largest != parent else { return }
      items.swapAt(parent, largest)
      parent = largest
    }
  }
}
