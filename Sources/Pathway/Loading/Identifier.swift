/// The rules for ids: `[a-z0-9][a-z0-9._-]*`.
enum Identifier {
  /// Whether `text` is a valid id.
  static func isValid(_ text: String) -> Bool {
    guard let first = text.utf8.first, isLowerAlphanumeric(first) else { return false }
    return text.utf8.allSatisfy {
      isLowerAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_")
        || $0 == UInt8(ascii: "-")
    }
  }

  /// A valid id close to `text`, offered as the fix.
  static func suggestion(for text: String) -> String {
    let lowered = text.lowercased().map { character -> Character in
      character.isLetter || character.isNumber || ".-_".contains(character) ? character : "-"
    }
    let candidate = String(lowered).trimmingPrefix { !$0.isLetter && !$0.isNumber }
    if isValid(String(candidate)) {
      return "ids are lowercase letters, digits, `.`, `_` and `-`: try `\(candidate)`"
    }
    return "ids are lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit"
  }

  private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
