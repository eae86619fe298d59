/// A key a person reads, writes down and types on another device: 140 random bits in Crockford's
/// base32 (digits and capitals without I, L, O or U, so nothing looks like something else), in
/// seven groups of four: `7KQ2-MX9D-...`.
public enum ReadableKey {
  /// Crockford's base32 alphabet.
  static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
  static let groups = 7
  static let groupLength = 4

  /// A new key.
  public static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    let symbols = (0..<(groups * groupLength)).map { _ in
      alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
    }
    return grouped(symbols)
  }

  /// A key as typed, in the form it was shown: capitals, with I and L read as 1 and O as 0,
  /// spaces and hyphens anywhere; nil when it cannot be such a key.
  public static func normalised(_ typed: String) -> String? {
    var symbols: [Character] = []
    for character in typed.uppercased() where character != "-" && !character.isWhitespace {
      switch character {
      case "I", "L": symbols.append("1")
      case "O": symbols.append("0")
      case _ where alphabet.contains(character): symbols.append(character)
      default: return nil
      }
    }
    return symbols.count == groups * groupLength ? grouped(symbols) : nil
  }

  private static func grouped(_ symbols: [Character]) -> String {
    stride(from: 0, to: symbols.count, by: groupLength).map {
      String(symbols[$0..<min($0 + groupLength, symbols.count)])
    }.joined(separator: "-")
  }
}
