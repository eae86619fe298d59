@testable import Pathway

/// Source text with places marked inline (`1️⃣`, `2️⃣`, ...), so a test names a position by
/// pointing at it instead of counting columns: the text without its marks, and where each was.
struct MarkedText {
  /// The text with every mark taken out.
  let text: String
  private let places: [Character: (line: Int, column: Int)]

  static let marks: Set<Character> = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  init(_ marked: String) {
    var text = ""
    var places: [Character: (line: Int, column: Int)] = [:]
    var line = 1
    var column = 1
    for character in marked {
      if Self.marks.contains(character) {
        places[character] = (line, column)
        continue
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.text = text
    self.places = places
  }

  /// Where `mark` was, in `file`; the start of the file when the text has no such mark.
  func location(_ mark: Character, in file: String = "f.yaml") -> SourceLocation {
    let place = places[mark] ?? (1, 1)
    return SourceLocation(file: file, line: place.line, column: place.column)
  }
}
