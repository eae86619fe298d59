/// Escaping for HTML text and attributes, and the test that lets an address become a link.
public enum HTMLEscaping {
  /// Text safe in an element or a quoted attribute.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Whether an address may be a link: http or https only, never `javascript:` or `data:`.
  public static func isWebLink(_ url: String) -> Bool {
    let lowered = url.lowercased()
    return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://"))
      && !url.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
  }
}
