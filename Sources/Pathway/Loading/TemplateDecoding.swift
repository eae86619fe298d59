extension EventDecoder {
  /// A `because` text: its template, or when that has errors (reported), the text as written, so
  /// that the rest of the rule is still checked.
  mutating func templateOrText(_ key: String) -> Template? {
    guard let event = current, event.kind == .scalar, !event.isNull else { return template(key) }
    return template(key)
      ?? Template(
        segments: [.literal(event.value)], text: event.value, location: events.location(of: event)
      )
  }

  /// Text with placeholders; an unknown placeholder or an unclosed brace is an error.
  mutating func template(_ key: String) -> Template? {
    guard let text = string(key) else { return nil }
    var segments: [Template.Segment] = []
    var literal = ""
    var rest = Substring(text.value)
    var isValid = true
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else {
        report(
          .invalidValue(
            text.value, for: key, at: text.location,
            help:
              "a `{` is not closed: write a placeholder as `{name}`, such as `{capability.name}`"
          ))
        return nil
      }
      let name = String(rest[rest.index(after: open)..<close])
      if let placeholder = Placeholder(rawValue: name) {
        if !literal.isEmpty { segments.append(.literal(literal)) }
        literal = ""
        segments.append(.placeholder(placeholder))
      } else {
        isValid = false
        report(.unknownPlaceholder(name, at: text.location))
      }
      rest = rest[rest.index(after: close)...]
    }
    literal += rest
    if !literal.isEmpty { segments.append(.literal(literal)) }
    return isValid ? Template(segments: segments, text: text.value, location: text.location) : nil
  }
}

extension Diagnostic {
  /// `{name}` where no placeholder has that name.
  static func unknownPlaceholder(_ name: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .unknownPlaceholder, "unknown placeholder `{\(name)}`", at: location,
      help: Placeholder.allCases.map(\.rawValue).closest(to: name).map { "did you mean `{\($0)}`?" }
        ?? "placeholders are "
        + Placeholder.allCases.map { "`{\($0.rawValue)}`" }.joined(separator: ", "))
  }
}
