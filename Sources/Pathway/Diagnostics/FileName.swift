import Foundation

/// A file's path, or an input's name, kept once for the whole process and known by a number.
///
/// Every value read carries its place: with the name as a number, a place is 16 bytes and is
/// copied without counting references. A process names few files and inputs (the project's
/// files, the learners', a handful of parameters), so the names are never let go.
struct FileName: Hashable, Sendable {
  private let number: UInt32

  /// The number of `text`, the same for every text of the same bytes.
  init(_ text: String) {
    // 32 bits: a process would run out of memory long before it named 4 billion files.
    number = UInt32(truncatingIfNeeded: Self.names.number(of: text))
  }

  /// The name as it was given.
  var text: String { Self.names.text(numbered: Int(number)) }

  private static let names = Names()
}

/// Every name given so far, each once, behind a lock: readers on several threads name files.
private final class Names: @unchecked Sendable {
  /// A name by its bytes: paths that Unicode would call equivalent are still different files.
  private struct Spelling: Hashable {
    let text: String

    static func == (a: Self, b: Self) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    func hash(into hasher: inout Hasher) {
      for byte in text.utf8 { hasher.combine(byte) }
    }
  }

  private let lock = NSLock()
  private var numbering = Numbering<Spelling>()

  func number(of text: String) -> Int {
    lock.withLock { numbering.number(of: Spelling(text: text)) }
  }

  func text(numbered number: Int) -> String {
    lock.withLock { numbering.values[number].text }
  }
}
