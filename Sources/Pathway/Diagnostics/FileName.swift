import Synchronization

/// A file's path, or an input's name, kept once for the whole process and known by a number.
///
/// Every value read carries its place: with the name as a number, a place is 16 bytes and is
/// copied without counting references. A process names few files and inputs (the project's
/// files, the learners', a handful of parameters), so the names are never let go.
struct FileName: Hashable, Sendable {
  private let number: UInt32

  /// The number of `text`, the same for every equal text.
  init(_ text: String) {
    number = Self.names.withLock { $0.number(of: text) }
  }

  /// The name as it was given.
  var text: String {
    Self.names.withLock { names in
      let index = Int(number)
      return index < names.texts.count ? names.texts[index] : ""
    }
  }

  /// Every name given so far, each once.
  private struct Names {
    var texts: [String] = []
    var numbers: [String: UInt32] = [:]

    mutating func number(of text: String) -> UInt32 {
      if let known = numbers[text] { return known }
      let number = UInt32(truncatingIfNeeded: texts.count)
      texts.append(text)
      numbers[text] = number
      return number
    }
  }

  private static let names = Mutex(Names())
}
