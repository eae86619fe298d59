/// A fixed-length column of plain values, all zero to begin with, read and written in place by
/// typed index.
///
/// A learner's evaluation writes an element for each resource a rule's boost, penalty, exclusion
/// or narrowed recommendation selects, tens of thousands in a national catalogue; an array checks
/// its sole ownership at every such write, a column never. A class that owns its storage: the evaluator that makes one writes it before the
/// evaluation is shared, and from then on it is only read.
///
/// Its elements are numbers, flags and codes whose zero is all bits clear, so that a column
/// starts as its memory cleared in one pass.
final class Column<Kind, Element: BitwiseCopyable>: @unchecked Sendable {
  /// `count` elements and one more, always zero, that a position outside the column reads.
  private let storage: UnsafeMutableBufferPointer<Element>
  let count: Int

  /// `count` elements, each zero (false, for flags).
  init(zeroes count: Int) {
    let bytes = UnsafeMutableRawBufferPointer.allocate(
      byteCount: (count + 1) * MemoryLayout<Element>.stride,
      alignment: MemoryLayout<Element>.alignment)
    bytes.initializeMemory(as: UInt8.self, repeating: 0)
    storage = bytes.bindMemory(to: Element.self)
    self.count = count
  }

  deinit { storage.deallocate() }

  /// A position outside the column reads as zero and takes no write: positions come from the
  /// compiled project the column is sized by, and a wrong one must not reach other memory or
  /// stop the program.
  subscript(position: TypedIndex<Kind>) -> Element {
    get { storage[offset(of: position) ?? count] }
    set {
      guard let offset = offset(of: position) else { return }
      storage[offset] = newValue
    }
  }

  /// The position's offset in the storage, nil outside the column (the buffer checks its
  /// bounds only in debug builds).
  @inline(__always)
  private func offset(of position: TypedIndex<Kind>) -> Int? {
    UInt(bitPattern: position.rawValue) < UInt(count) ? position.rawValue : nil
  }
}

typealias ResourceColumn<Element: BitwiseCopyable> = Column<IndexKind.Resource, Element>
typealias SlotColumn<Element: BitwiseCopyable> = Column<IndexKind.Slot, Element>
