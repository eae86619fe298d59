import Foundation
import Testing

@testable import Pathway

/// docs/diagnostics.md lists every code with its number, and nothing else.
@Suite("Diagnostic codes")
struct DiagnosticCodeTests {
  static let guide =
    (try? String(
      contentsOfFile: Fixtures.projectRoot + "/docs/diagnostics.md", encoding: .utf8)) ?? ""

  @Test("each code has its row and its section in docs/diagnostics.md, under its number")
  func documented() {
    for code in DiagnosticCode.allCases {
      let anchor = code.ruleID.lowercased() + "-" + code.name
      #expect(
        Self.guide.contains("| \(code.ruleID) | [`\(code.name)`](#\(anchor)) |"),
        "no row for \(code.ruleID) \(code.name)")
      #expect(
        Self.guide.contains("\n### \(code.ruleID) \(code.name)\n"),
        "no section for \(code.ruleID) \(code.name)")
    }
  }

  @Test("docs/diagnostics.md lists no code that does not exist")
  func noExtraCodes() {
    let sections = Self.guide.split(separator: "\n").filter { $0.hasPrefix("### PW") }
    #expect(sections.count == DiagnosticCode.allCases.count)
  }

  @Test("numbers are those given once and for all: PW001 is yaml-syntax, PW041 rule-never-fires")
  func numbersStay() {
    #expect(DiagnosticCode.yamlSyntax.ruleID == "PW001")
    #expect(DiagnosticCode.unknownCapability.ruleID == "PW015")
    #expect(DiagnosticCode.ruleNeverFires.ruleID == "PW041")
    #expect(DiagnosticCode.invalidID.name == "invalid-id")
    #expect(DiagnosticCode.invalidURL.name == "invalid-url")
  }
}

/// A problem in no file names its input, in text and in JSON, and no file.
@Suite("Diagnostics of inputs")
struct InputDiagnosticTests {
  static let diagnostic = Diagnostic(
    .invalidValue, "`soon` is not a valid `budget`", at: .input("budget"))

  @Test("the text form starts with the input's name")
  func text() {
    #expect(
      DiagnosticRenderer.text(Self.diagnostic)
        == "budget: error: `soon` is not a valid `budget`\n")
  }

  @Test("the JSON form has no file and names the input")
  func json() {
    let json = DiagnosticRenderer.json(Self.diagnostic).serialized()
    #expect(json.contains("\"file\":null"))
    #expect(json.contains("\"input\":\"budget\""))
  }
}
