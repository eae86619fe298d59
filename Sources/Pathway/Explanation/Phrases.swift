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
