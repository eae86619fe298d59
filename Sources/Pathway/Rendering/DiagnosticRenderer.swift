/// The forms diagnostics can be printed in.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
  case text, json, github, sarif
}

/// Prints diagnostics for people (text, the compiler convention) or for tools (json, github, sarif).
public struct DiagnosticRenderer: Sendable {
  public var format: DiagnosticFormat
  /// How many diagnostics the text and github forms print before saying how many more there are.
  ///
  /// Nil prints them all. The summary always counts them all.
  public var maximumShown: Int?

  /// A renderer for one format.
  public init(format: DiagnosticFormat) {
    self.format = format
  }

  /// All diagnostics in the chosen form, ending with a newline.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    switch format {
    case .text:
      return shown(diagnostics).map(Self.text).joined() + more(diagnostics)
        + Self.summary(diagnostics) + "\n"
    case .json: return JSON.array(diagnostics.map(Self.json)).serialized(pretty: true) + "\n"
    case .github:
      return GitHubAnnotations.render(shown(diagnostics)) + more(diagnostics)
        + Self.summary(diagnostics) + "\n"
    case .sarif: return SARIFLog.render(diagnostics)
    }
  }

  private func shown(_ diagnostics: [Diagnostic]) -> ArraySlice<Diagnostic> {
    diagnostics.prefix(maximumShown ?? diagnostics.count)
  }

  private func more(_ diagnostics: [Diagnostic]) -> String {
    let hidden = diagnostics.count - shown(diagnostics).count
    return hidden > 0 ? "... and \(hidden) more (raise --max-diagnostics to see them)\n" : ""
  }

  /// `file:line:column: error: message`, then `help:` and notes, indented.
  public static func text(_ diagnostic: Diagnostic) -> String {
    var text =
      "\(diagnostic.location): \(diagnostic.severity.rawValue): \(TerminalText.safe(diagnostic.message))\n"
    if let help = diagnostic.help { text += "  help: \(TerminalText.safe(help))\n" }
    for note in diagnostic.notes {
      text += "  note: \(note.location): \(TerminalText.safe(note.message))\n"
    }
    return text
  }

  /// `N errors, N warnings`.
  public static func summary(_ diagnostics: [Diagnostic]) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return "\(count(errors, "error")), \(count(warnings, "warning"))"
  }

  /// One diagnostic as JSON: code, rule, severity, file, line, column, then `input` for a
  /// problem in no file (with `file` null), message, help, notes.
  public static func json(_ diagnostic: Diagnostic) -> JSON {
    let location = diagnostic.location
    return .object(
      [
        ("code", .string(diagnostic.code.name)),
        ("rule", .string(diagnostic.code.ruleID)),
        ("severity", .string(diagnostic.severity.rawValue)),
        ("file", location.input == nil ? .string(location.file) : .null),
        ("line", location.hasPosition ? .int(location.line) : .null),
        ("column", location.hasPosition ? .int(location.column) : .null),
      ] + (location.input.map { [("input", JSON.string($0))] } ?? []) + [
        ("message", .string(diagnostic.message)),
        ("help", .optional(diagnostic.help, JSON.string)),
        (
          "notes",
          .array(
            diagnostic.notes.map { note in
              .object([
                ("message", .string(note.message)),
                ("file", .string(note.location.file)),
                ("line", note.location.hasPosition ? .int(note.location.line) : .null),
                ("column", note.location.hasPosition ? .int(note.location.column) : .null),
              ])
            })
        ),
      ])
  }
}
