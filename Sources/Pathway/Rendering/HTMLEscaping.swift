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

  /// The start of a page, up to and including `<body>`: language, character set, viewport,
  /// title and an inline style sheet (no script).
  static func pageStart(title: String, styleSheet: String) -> String {
    pageStart(title: title, head: "<style>\(styleSheet)</style>")
  }

  /// The start of a page, up to and including `<body>`: language, character set, viewport,
  /// title, then `head` (style sheets, icons: HTML, as given); `bodyClass` on the body.
  public static func pageStart(title: String, head: String, bodyClass: String? = nil) -> String {
    """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    \(head)
    </head>
    <body\(bodyClass.map { " class=\"\(escape($0))\"" } ?? "")>

    """
  }

  /// Whether an address may be a link: http or https only, never `javascript:` or `data:`.
  public static func isWebLink(_ url: String) -> Bool {
    let lowered = url.lowercased()
    return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://"))
      && !url.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
  }
}
