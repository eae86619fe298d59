/// A set of small non-negative integers (catalogue positions), one bit each.
struct BitSet: Sendable, Hashable {
  private var words: [UInt64]

  /// An empty set with room for `capacity` members.
  init(capacity: Int) {
    words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
  }

  func contains(_ member: Int) -> Bool {
    let word = member >> 6
    return word < words.count && words[word] & (1 << UInt64(member & 63)) != 0
  }

  mutating func insert(_ member: Int) {
    let word = member >> 6
    guard word < words.count else { return }
    words[word] |= 1 << UInt64(member & 63)
  }

  /// The members in increasing order.
  var members: [Int] {
    var result: [Int] = []
    for (index, word) in words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        result.append(index << 6 + bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
    return result
  }
}
