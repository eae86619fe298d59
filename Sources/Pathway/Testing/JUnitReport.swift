/// Rule test outcomes as JUnit XML, for CI systems to show: `testsuites`, a `testsuite` a tests
/// file, a `testcase` a test, and a `failure` holding what was expected against what was found.
public struct JUnitReport: Sendable {
  public var outcomes: [RuleTestRunner.Outcome]

  /// A report of these outcomes, in their order.
  public init(outcomes: [RuleTestRunner.Outcome]) {
    self.outcomes = outcomes
  }

  /// The XML document, ending with a newline; no times, so that it is the same on every run.
  public func render() -> String {
    var files: [String] = []
    var byFile: [String: [RuleTestRunner.Outcome]] = [:]
    for outcome in outcomes {
      let file = outcome.test.location.file
      if byFile[file] == nil { files.append(file) }
      byFile[file, default: []].append(outcome)
    }
    let failures = outcomes.filter { !$0.passed }.count
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<testsuites name=\"pathway test\" tests=\"\(outcomes.count)\" failures=\"\(failures)\">\n"
    for file in files {
      let suite = byFile[file] ?? []
      out += "  <testsuite name=\"\(Self.escape(file))\" tests=\"\(suite.count)\""
      out += " failures=\"\(suite.filter { !$0.passed }.count)\" errors=\"0\" skipped=\"0\">\n"
      for outcome in suite { out += Self.testCase(outcome) }
      out += "  </testsuite>\n"
    }
    return out + "</testsuites>\n"
  }

  private static func testCase(_ outcome: RuleTestRunner.Outcome) -> String {
    let location = outcome.test.location
    var out = "    <testcase name=\"\(escape(outcome.test.name.value))\""
    out += " classname=\"\(escape(location.file))\" file=\"\(escape(location.file))\""
    out += " line=\"\(location.line)\""
    guard let first = outcome.failures.first else { return out + "/>\n" }
    let plan = outcome.steps.isEmpty ? "empty" : outcome.steps.joined(separator: ", ")
    let body = (outcome.failures + ["plan: " + plan]).joined(separator: "\n")
    out += ">\n      <failure message=\"\(escape(first))\" type=\"expectation\">"
    return out + "\(escape(body))</failure>\n    </testcase>\n"
  }

  /// Text safe in XML 1.0 content and attributes: markup characters as references, and the
  /// control characters XML cannot hold as U+FFFD.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value):
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
