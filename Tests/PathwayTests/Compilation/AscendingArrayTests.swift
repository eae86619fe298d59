import Testing

@testable import Pathway

/// The merges and the search that conditions and selections use on ascending arrays, held to
/// `Set`'s answers on seeded random arrays.
@Suite("Ascending arrays")
struct AscendingArrayTests {
  static func ascending(_ random: inout SplitMix64, upTo bound: Int) -> [Int] {
    Set(
      (0..<Int.random(in: 0...12, using: &random)).map { _ in
        Int.random(in: 0..<bound, using: &random)
      }
    ).sorted()
  }

  @Test("intersecting, uniting and searching agree with sets", arguments: 1...200)
  func agreeWithSets(seed: Int) {
    var random = SplitMix64(seed: UInt64(seed))
    let left = Self.ascending(&random, upTo: 20)
    let right = Self.ascending(&random, upTo: 20)
    #expect(left.intersectingSorted(right) == Set(left).intersection(right).sorted())
    #expect(left.unitingSorted(right) == Set(left).union(right).sorted())
    for value in -1...20 {
      #expect(left.containsSorted(value) == left.contains(value), "seed \(seed) value \(value)")
    }
  }
}
