/// Diagnostics as a SARIF 2.1.0 log, with stable rule ids (`PW001`...) and relative paths.
enum SARIFLog {
  static func render(_ diagnostics: [Diagnostic], workingDirectory: String = WorkingDirectory.path)
    -> String
  {
    let codes = DiagnosticCode.allCases
    let rules: [JSON] = codes.map { code in
      .object([
        ("id", .string(code.ruleID)),
        ("name", .string(code.name)),
        (
          "shortDescription",
          .object([("text", .string(code.name.replacing("-", with: " ")))])
        ),
      ])
    }
    let results: [JSON] = diagnostics.map { diagnostic in
      var region: [(String, JSON)] = []
      if diagnostic.location.hasPosition {
        region = [
          ("startLine", .int(diagnostic.location.line)),
          ("startColumn", .int(diagnostic.location.column)),
        ]
      }
      var physical: [(String, JSON)] = [
        (
          "artifactLocation",
          .object([("uri", .string(relative(diagnostic.location.file, to: workingDirectory)))])
        )
      ]
      if !region.isEmpty { physical.append(("region", .object(region))) }
      let text = diagnostic.message + (diagnostic.help.map { " (help: \($0))" } ?? "")
      return .object([
        ("ruleId", .string(diagnostic.code.ruleID)),
        ("ruleIndex", .int(codes.firstIndex(of: diagnostic.code) ?? 0)),
        ("level", .string(diagnostic.severity == .error ? "error" : "warning")),
        ("message", .object([("text", .string(text))])),
        ("locations", .array([.object([("physicalLocation", .object(physical))])])),
      ])
    }
    let log = JSON.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            (
              "tool",
              .object([
                (
                  "driver",
                  .object([
                    ("name", .string("pathway")),
                    ("version", .string(Plan.Provenance.engineVersion)),
                    ("rules", .array(rules)),
                  ])
                )
              ])
            ),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
          ])
        ])
      ),
    ])
    return log.serialized(pretty: true) + "\n"
  }

  /// A path relative to the working directory when it lies below it, as SARIF viewers expect.
  static func relative(_ path: String, to directory: String) -> String {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    return relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
  }
}
