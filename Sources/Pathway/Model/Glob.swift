/// A capability pattern: an exact id, or a glob where `*` matches any run and `?` one character.
public struct Glob: Sendable, Hashable {
  public let pattern: String
  private let characters: [Character]
  /// Whether the pattern has wildcards.
  public let isWildcard: Bool

  /// A pattern as written.
  public init(_ pattern: String) {
    self.pattern = pattern
    self.characters = Array(pattern)
    isWildcard = Self.hasWildcard(pattern)
  }

  /// Whether a pattern has `*` or `?`: without, it matches only itself.
  public static func hasWildcard(_ pattern: String) -> Bool {
    pattern.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
  }

  /// Whether `text` matches; linear backtracking over the last `*`, no recursion.
  public func matches(_ text: String) -> Bool {
    guard isWildcard else { return pattern == text }
    let text = Array(text)
    var p = 0
    var t = 0
    var star: Int?
    var resume = 0
    while t < text.count {
      if p < characters.count, characters[p] == "?" || characters[p] == text[t] {
        p += 1
        t += 1
      } else if p < characters.count, characters[p] == "*" {
        star = p
        p += 1
        resume = t
      } else if let star {
        p = star + 1
        resume += 1
        t = resume
      } else {
        return false
      }
    }
    while p < characters.count, characters[p] == "*" { p += 1 }
    return p == characters.count
  }
}
