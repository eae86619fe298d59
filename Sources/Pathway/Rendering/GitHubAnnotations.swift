/// GitHub Actions workflow commands (`::error file=...::message`), then the same list as text,
/// since GitHub shows only a few annotations per step.
enum GitHubAnnotations {
  static func render(_ diagnostics: some Collection<Diagnostic>) -> String {
    var output = ""
    for diagnostic in diagnostics {
      var properties = ["file=\(escapeProperty(diagnostic.location.file))"]
      if diagnostic.location.hasPosition {
        properties += ["line=\(diagnostic.location.line)", "col=\(diagnostic.location.column)"]
      }
      properties.append("title=\(escapeProperty("pathway \(diagnostic.code.name)"))")
      let message = diagnostic.message + (diagnostic.help.map { "\nhelp: \($0)" } ?? "")
      output +=
        "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }
    return output + diagnostics.map(DiagnosticRenderer.text).joined()
  }

  /// Escapes a message as GitHub's workflow commands require.
  static func escapeData(_ text: String) -> String {
    text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing(
      "\n", with: "%0A")
  }

  /// Escapes a property value: as a message, plus `:` and `,`.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
