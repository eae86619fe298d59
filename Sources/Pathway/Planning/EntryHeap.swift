/// A max-heap of a candidate stream's entries in one of its orders.
///
/// Entries are plain numbers, so sifting moves a few words and counts no references; through a
/// buffer, whose sole ownership is checked once per move, and a hole that each entry passed
/// moves into once.
struct EntryHeap {
  private var entries: [CandidateStream.Entry]
  private let order: CandidateStream.Order

  /// A heap of `entries`, ordered in linear time.
  init(_ entries: [CandidateStream.Entry], order: CandidateStream.Order) {
    self.entries = entries
    self.order = order
    for index in stride(from: entries.count / 2 - 1, through: 0, by: -1) { siftDown(from: index) }
  }

  /// The best entry, if any.
  var first: CandidateStream.Entry? { entries.first }

  mutating func push(_ entry: CandidateStream.Entry) {
    entries.append(entry)
    let order = order
    entries.withUnsafeMutableBufferPointer { entries in
      var hole = entries.count - 1
      while hole > 0 {
        let parent = (hole - 1) / 2
        guard order.ranksBelow(entries[parent].option, entry.option) else { break }
        entries[hole] = entries[parent]
        hole = parent
      }
      entries[hole] = entry
    }
  }

  /// Removes and returns the best entry.
  mutating func pop() -> CandidateStream.Entry? {
    guard !entries.isEmpty else { return nil }
    entries.swapAt(0, entries.count - 1)
    let best = entries.removeLast()
    siftDown(from: 0)
    return best
  }

  /// Sinks the entry at `start` below every child that ranks above it.
  ///
  /// Every place read is below the count, as each step checks.
  private mutating func siftDown(from start: Int) {
    let order = order
    entries.withUnsafeMutableBufferPointer { entries in
      let count = entries.count
      guard start < count else { return }
      let sinking = entries[start]
      var hole = start
      while true {
        var child = 2 * hole + 1
        guard child < count else { break }
        if child + 1 < count, order.ranksBelow(entries[child].option, entries[child + 1].option) {
          child += 1
        }
        guard order.ranksBelow(sinking.option, entries[child].option) else { break }
        entries[hole] = entries[child]
        hole = child
      }
      entries[hole] = sinking
    }
  }
}
