/// A position in one kind of the compiled project's lists, typed by what it counts, so that a
/// resource's index cannot be used where a capability's is meant; as cheap as the `Int` it holds.
struct TypedIndex<Kind>: Hashable, Comparable, Strideable, Sendable {
  let rawValue: Int

  init(_ rawValue: Int) {
    self.rawValue = rawValue
  }

  static func < (left: Self, right: Self) -> Bool { left.rawValue < right.rawValue }

  func distance(to other: Self) -> Int { other.rawValue - rawValue }

  func advanced(by distance: Int) -> Self { Self(rawValue + distance) }
}

/// What each kind of typed index counts.
enum IndexKind {
  /// A resource, in the catalogue sorted by id.
  enum Resource {}
  /// A capability, in the framework's order.
  enum Capability {}
  /// A capability's place in id order, the order a rule's firings and terms are listed in.
  enum CapabilityRank {}
  /// One (resource, capability it teaches) pair, resource after resource.
  enum Slot {}
  /// A rule, sorted by id.
  enum Rule {}
  /// One firing of a rule for one learner.
  enum Firing {}
}

typealias ResourceIndex = TypedIndex<IndexKind.Resource>
typealias CapabilityIndex = TypedIndex<IndexKind.Capability>
typealias CapabilityRank = TypedIndex<IndexKind.CapabilityRank>
typealias SlotIndex = TypedIndex<IndexKind.Slot>
typealias RuleIndex = TypedIndex<IndexKind.Rule>
typealias FiringIndex = TypedIndex<IndexKind.Firing>

/// An array read and written only through typed indices of one kind.
struct TypedArray<Kind, Element>: RandomAccessCollection, MutableCollection {
  typealias Index = TypedIndex<Kind>
  typealias Indices = Range<Index>

  private(set) var elements: [Element]

  init(_ elements: [Element]) {
    self.elements = elements
  }

  init(repeating element: Element, count: Int) {
    elements = Array(repeating: element, count: count)
  }

  var startIndex: Index { Index(0) }
  var endIndex: Index { Index(elements.count) }
  var indices: Range<Index> { startIndex..<endIndex }
  var count: Int { elements.count }

  func index(after position: Index) -> Index { Index(position.rawValue + 1) }
  func index(before position: Index) -> Index { Index(position.rawValue - 1) }

  func makeIterator() -> IndexingIterator<[Element]> { elements.makeIterator() }

  func withContiguousStorageIfAvailable<Result>(
    _ body: (UnsafeBufferPointer<Element>) throws -> Result
  ) rethrows -> Result? {
    try elements.withContiguousStorageIfAvailable(body)
  }

  subscript(position: Index) -> Element {
    _read { yield elements[position.rawValue] }
    _modify { yield &elements[position.rawValue] }
  }

  mutating func append(_ element: Element) {
    elements.append(element)
  }

  mutating func reserveCapacity(_ capacity: Int) {
    elements.reserveCapacity(capacity)
  }
}

extension TypedArray: Sendable where Element: Sendable {}

typealias PerResource<Element> = TypedArray<IndexKind.Resource, Element>
typealias PerCapability<Element> = TypedArray<IndexKind.Capability, Element>
typealias PerSlot<Element> = TypedArray<IndexKind.Slot, Element>
typealias PerRule<Element> = TypedArray<IndexKind.Rule, Element>
typealias PerFiring<Element> = TypedArray<IndexKind.Firing, Element>
