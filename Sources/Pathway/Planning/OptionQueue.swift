/// Options in rank order, sorted only as far as the plans read them.
///
/// Shared by the plans that fill from the same options: the first to read a place pops it from
/// the heap and keeps it, so every plan after reads it for free and nothing is copied. One
/// learner's search owns it, on one thread: its accesses are not checked at run time.
final class RankedOptions {
  @exclusivity(unchecked) private var heap: OptionHeap
  @exclusivity(unchecked) private var ranked: [Planner.Option] = []
  /// How many options it holds.
  let count: Int

  init(_ options: [Planner.Option]) {
    heap = OptionHeap(options)
    count = options.count
  }

  /// The option at a place in rank order, best first; nil past the last.
  func option(at place: Int) -> Planner.Option? {
    while ranked.count <= place, let next = heap.pop() { ranked.append(next) }
    return place < ranked.count ? ranked[place] : nil
  }

  /// The best `count` options, best first.
  func prefix(_ count: Int) -> [Planner.Option] {
    if count > 0 { _ = option(at: count - 1) }
    return Array(ranked.prefix(count))
  }
}

/// The lazy greedy's queue: shared ranked options read from a place, and the options valued
/// again since, in a heap of their own.
struct OptionQueue {
  private let ranked: RankedOptions
  private var place = 0
  private var pushed = OptionHeap([])

  init(_ ranked: RankedOptions) { self.ranked = ranked }

  /// How many options it holds.
  var count: Int { ranked.count - place + pushed.count }

  /// The best option, if any.
  var top: Planner.Option? {
    switch (ranked.option(at: place), pushed.top) {
    case (let next?, let other?): other.ranksBelow(next) ? next : other
    case (let next, let other): next ?? other
    }
  }

  mutating func push(_ option: Planner.Option) { pushed.push(option) }

  /// Removes and returns the best option.
  mutating func pop() -> Planner.Option? {
    guard let next = ranked.option(at: place) else { return pushed.pop() }
    if let other = pushed.top, !other.ranksBelow(next) { return pushed.pop() }
    place += 1
    return next
  }
}
