/// Small pieces of plain English that the sentences for people are built from.
enum Phrases {
  /// Names joined as people list them: `A`, `A and B`, `A, B and C` (or `or`).
  static func list(_ names: [String], joining word: String = "and") -> String {
    switch names.count {
    case 0: return ""
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " \(word) " + (names.last ?? "")
    }
  }

  /// A title in curly quotes.
  static func quoted(_ title: String) -> String { "“\(title)”" }

  /// `1 more gap`, `3 more gaps`.
  static func count(_ number: Int, _ singular: String, plural: String? = nil) -> String {
    "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
  }
}

extension String {
  /// The text with every occurrence of `part` replaced, found byte for byte in UTF-8 (as the
  /// texts and names of one rule set are written); nil when `part` is empty or not there.
  ///
  /// A plan's sentences are made this way for every step of every plan: the standard library's
  /// `replacing`, which compares characters, costs several times more.
  func replacingEvery(_ part: String, with replacement: String) -> String? {
    var (text, part) = (self, part)
    return text.withUTF8 { text in
      part.withUTF8 { pattern -> String? in
        guard let first = pattern.first, pattern.count <= text.count else { return nil }
        // Built only once the part is found: most texts hold none.
        var result: [UInt8] = []
        var (index, copied) = (0, 0)
        while index + pattern.count <= text.count {
          guard text[index] == first, text[index..<index + pattern.count].elementsEqual(pattern)
          else {
            index += 1
            continue
          }
          if result.isEmpty { result.reserveCapacity(text.count + replacement.utf8.count) }
          result.append(contentsOf: text[copied..<index])
          result.append(contentsOf: replacement.utf8)
          index += pattern.count
          copied = index
        }
        guard copied > 0 else { return nil }
        result.append(contentsOf: text[copied...])
        return String(decoding: result, as: UTF8.self)
      }
    }
  }
}
