import Testing

@testable import Pathway

/// A column starts at zero, keeps what is written at each position apart from the others, and
/// the marks built on it read back what was recorded.
@Suite("Columns")
struct ColumnTests {
  @Test("starts at zero and reads back each write", arguments: [0, 1, 7, 4_099])
  func readsBackWrites(count: Int) {
    let values = ResourceColumn<Double>(zeroes: count)
    let flags = ResourceColumn<Bool>(zeroes: count)
    #expect(values.count == count)
    for index in 0..<count {
      #expect(values[ResourceIndex(index)] == 0)
      #expect(!flags[ResourceIndex(index)])
    }
    for index in stride(from: 0, to: count, by: 3) {
      values[ResourceIndex(index)] += Double(index) + 0.5
      flags[ResourceIndex(index)] = true
    }
    for index in 0..<count {
      let written = index % 3 == 0
      #expect(values[ResourceIndex(index)] == (written ? Double(index) + 0.5 : 0))
      #expect(flags[ResourceIndex(index)] == written)
    }
  }

  @Test("a position outside the column reads as zero and changes nothing", arguments: [0, 3])
  func outsideReadsZero(count: Int) {
    let values = ResourceColumn<Double>(zeroes: count)
    if count > 0 { values[ResourceIndex(count - 1)] = 2 }
    for outside in [-1, count, count + 1, Int.max] {
      values[ResourceIndex(outside)] = 7
      #expect(values[ResourceIndex(outside)] == 0)
    }
    if count > 0 { #expect(values[ResourceIndex(count - 1)] == 2) }
  }

  @Test("exclusions and requirements read back each kind recorded")
  func marksReadBack() {
    let exclusions = Exclusions(count: 5)
    exclusions[ResourceIndex(1)] = .freeOnly
    exclusions[ResourceIndex(2)] = .formats
    exclusions[ResourceIndex(3)] = .rule(firing: FiringIndex(0))
    exclusions[ResourceIndex(4)] = .rule(firing: FiringIndex(70_000))
    #expect(exclusions[ResourceIndex(0)] == nil)
    #expect(exclusions[ResourceIndex(1)] == .freeOnly)
    #expect(exclusions[ResourceIndex(2)] == .formats)
    #expect(exclusions[ResourceIndex(3)] == .rule(firing: FiringIndex(0)))
    #expect(exclusions[ResourceIndex(4)] == .rule(firing: FiringIndex(70_000)))
    exclusions[ResourceIndex(4)] = nil
    #expect(exclusions[ResourceIndex(4)] == nil)

    let requirements = Requirements(count: 3)
    requirements[ResourceIndex(2)] = FiringIndex(0)
    #expect(requirements[ResourceIndex(0)] == nil)
    #expect(requirements[ResourceIndex(2)] == FiringIndex(0))
  }
}
