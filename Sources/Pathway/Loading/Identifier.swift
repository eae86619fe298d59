/// The rules for ids: `[a-z0-9][a-z0-9._-]*`.
enum Identifier {
  /// Whether `text` is a valid id.
  static func isValid(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let first = bytes.first, isLowerAlphanumeric(first) else { return false }
      return bytes.allSatisfy { byte in
        isLowerAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: "-")
      }
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
    byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
  }
}
