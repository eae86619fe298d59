/// A whole page: language, character set, viewport, title, what else the head holds, then the
/// body.
public struct HTMLPage: Sendable {
  public var title: String
  /// Style sheets and icons.
  public var head: HTML
  /// The class of the `<body>` element, if any.
  public var bodyClass: String?
  public var body: HTML

  public init(title: String, head: HTML, bodyClass: String? = nil, body: HTML) {
    self.title = title
    self.head = head
    self.bodyClass = bodyClass
    self.body = body
  }

  /// A page with its style sheet inline (no script).
  init(title: String, styleSheet: HTML, body: HTML) {
    self.init(title: title, head: "<style>\(styleSheet)</style>", body: body)
  }

  public var html: HTML {
    let bodyAttributes: HTML = bodyClass.map { " class=\"\($0)\"" } ?? ""
    return """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title)</title>
      \(head)
      </head>
      <body\(bodyAttributes)>
      \(body)</body>
      </html>

      """
  }
}
