/// A fixed-length column of plain values, all zero to begin with, read and written in place by
/// typed index.
///
/// A learner's evaluation writes an element for each resource a rule selects, tens of thousands
/// in a national catalogue; an array checks its sole ownership at every such write, a column
/// never. A class that owns its storage: the evaluator that makes one writes it before the
/// evaluation is shared, and from then on it is only read.
///
/// Its elements are numbers, flags and codes whose zero is all bits clear, so that a column
/// starts as its memory cleared in one pass.
final class Column<Kind, Element: BitwiseCopyable>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Element>

  /// `count` elements, each zero (false, for flags).
  init(zeroes count: Int) {
    let bytes = UnsafeMutableRawBufferPointer.allocate(
      byteCount: count * MemoryLayout<Element>.stride, alignment: MemoryLayout<Element>.alignment)
    bytes.initializeMemory(as: UInt8.self, repeating: 0)
    storage = bytes.bindMemory(to: Element.self)
  }

  deinit { storage.deallocate() }

  var count: Int { storage.count }

  subscript(position: TypedIndex<Kind>) -> Element {
    get { storage[checked(position)] }
    set { storage[checked(position)] = newValue }
  }

  /// The position's offset, after the bounds check the buffer itself makes only in debug builds.
  @inline(__always)
  private func checked(_ position: TypedIndex<Kind>) -> Int {
    precondition(UInt(bitPattern: position.rawValue) < UInt(storage.count), "Index out of range")
    return position.rawValue
  }
}

typealias ResourceColumn<Element: BitwiseCopyable> = Column<IndexKind.Resource, Element>
typealias SlotColumn<Element: BitwiseCopyable> = Column<IndexKind.Slot, Element>
