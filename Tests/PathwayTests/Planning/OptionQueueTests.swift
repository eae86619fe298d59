import Testing

@testable import Pathway

/// The greedy's queue gives options in the order a heap of them would, whatever is pushed, and
/// plans sharing its ranked options read the same order.
@Suite("Option queue")
struct OptionQueueTests {
  /// `count` options of candidates numbered from `first`, with small scores and minutes, so
  /// that many tie on score per minute.
  static func options(_ count: Int, from first: Int = 0, seed: UInt64) -> [Planner.Option] {
    var random = SplitMix64(seed: seed)
    return (first..<first + count).map { index in
      Planner.Option(
        candidate: ResourceIndex(index), score: Double(Int.random(in: 1...5, using: &random)),
        minutes: Int.random(in: 1...4, using: &random))
    }
  }

  @Test("pops as a heap of the same options does, with pushes between", arguments: [1, 2, 3])
  func popsInHeapOrder(seed: UInt64) {
    let seeded = Self.options(60, seed: seed)
    let pushed = Self.options(20, from: 60, seed: seed + 100)
    let ranked = RankedOptions(seeded)
    for _ in 0..<2 {
      var heap = OptionHeap(seeded)
      var queue = OptionQueue(ranked)
      var (fromHeap, fromQueue): ([Int], [Int]) = ([], [])
      for step in 0..<80 {
        if step < pushed.count && step % 3 == 0 {
          heap.push(pushed[step])
          queue.push(pushed[step])
        }
        #expect(queue.count == heap.count)
        #expect(queue.top?.candidate == heap.top?.candidate)
        heap.pop().map { fromHeap.append($0.candidate.rawValue) }
        queue.pop().map { fromQueue.append($0.candidate.rawValue) }
      }
      #expect(fromQueue == fromHeap)
      #expect(queue.pop() == nil)
    }
    #expect(ranked.prefix(5).map(\.candidate) == Array(heapOrder(seeded).prefix(5)))
    #expect(ranked.prefix(0).isEmpty)
  }

  @Test("the heap pops best first, as sorting does, with pushes between", arguments: [4, 5, 6])
  func heapPopsBestFirst(seed: UInt64) {
    let seeded = Self.options(200, seed: seed)
    let pushed = Self.options(50, from: 200, seed: seed + 100)
    var heap = OptionHeap(seeded)
    var held = seeded
    var popped: [ResourceIndex] = []
    var expected: [ResourceIndex] = []
    for step in 0..<250 {
      if step < pushed.count {
        heap.push(pushed[step])
        held.append(pushed[step])
      }
      let best = held.indices.max { held[$0].ranksBelow(held[$1]) }
      best.map { expected.append(held.remove(at: $0).candidate) }
      heap.pop().map { popped.append($0.candidate) }
    }
    #expect(popped == expected)
    #expect(heap.pop() == nil)
  }
}

/// The candidates of options in the order a heap pops them.
private func heapOrder(_ options: [Planner.Option]) -> [ResourceIndex] {
  var heap = OptionHeap(options)
  var order: [ResourceIndex] = []
  while let option = heap.pop() { order.append(option.candidate) }
  return order
}
