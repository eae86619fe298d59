import Testing

@testable import Pathway

@Suite("YAML reader")
struct YAMLReaderTests {
  func read(_ text: String, limits: ReadingLimits = ReadingLimits()) throws(DiagnosticsError)
    -> YAMLDocument
  {
    try YAMLReader(limits: limits).read(Array(text.utf8), file: "f.yaml")
  }

  func diagnostics(_ text: String, limits: ReadingLimits = ReadingLimits()) -> [Diagnostic] {
    do throws(DiagnosticsError) {
      _ = try read(text, limits: limits)
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test("events carry 1-based lines and columns")
  func positions() throws {
    let source = MarkedText("1️⃣a: 2️⃣1\n3️⃣list:\n  - 4️⃣x\n")
    let document = try read(source.text)
    let scalars = document.events.filter { $0.kind == .scalar }
    #expect(scalars.map(\.value) == ["a", "1", "list", "x"])
    #expect(
      scalars.map(document.location) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣"].map { source.location($0) })
  }

  @Test("plain and quoted scalars are told apart, and null is recognised")
  func scalarStyles() throws {
    let document = try read("a: 1\nb: '1'\nc:\nd: ~\n")
    let values = document.events.filter { $0.kind == .scalar }
    #expect(values[1].isPlain && !values[3].isPlain)
    #expect(values[5].isNull && values[7].isNull && !values[1].isNull)
  }

  @Test("an alias repeats its anchor's events")
  func aliases() throws {
    let document = try read("a: &s {x: 1}\nb: *s\n")
    let scalars = document.events.filter { $0.kind == .scalar }.map(\.value)
    #expect(scalars == ["a", "x", "1", "b", "x", "1"])
  }

  @Test("a billion-laughs file stops at the alias budget")
  func aliasBudget() {
    var text = "a: &a [x,x,x,x,x,x,x,x,x]\n"
    for index in 0..<9 {
      let name = String(UnicodeScalar(UInt8(98 + index)))
      let previous = String(UnicodeScalar(UInt8(97 + index)))
      text +=
        "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ",")
        + "]\n"
    }
    let found = diagnostics(text)
    #expect(found.map(\.code) == [.aliasBudgetExceeded])
    #expect(found.first?.location.line ?? 0 > 1)
  }

  @Test("an unknown anchor is an error at the alias")
  func unknownAlias() {
    let source = MarkedText("a: 1️⃣*nowhere\n")
    let found = diagnostics(source.text)
    #expect(found.map(\.code) == [.unknownAlias])
    #expect(found.first?.location == source.location("1️⃣"))
  }

  @Test("deep nesting is cut off at the limit, not read to the end")
  func depthLimit() {
    let found = diagnostics(
      String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
    #expect(found.map(\.code) == [.nestingTooDeep])
    #expect(found.first?.location == SourceLocation(file: "f.yaml", line: 1, column: 65))
  }

  @Test("an alias cannot smuggle nesting past the limit")
  func aliasDepth() {
    var limits = ReadingLimits()
    limits.maxDepth = 4
    let found = diagnostics("a: &a [[[1]]]\nb: [[*a]]\n", limits: limits)
    #expect(found.map(\.code) == [.nestingTooDeep])
  }

  @Test("a syntax error becomes a diagnostic at libyaml's position")
  func syntaxError() {
    let found = diagnostics("a: [1, 2\nb: 3\n")
    #expect(found.map(\.code) == [.yamlSyntax])
    #expect(found.first?.location.line == 2)
  }

  @Test("a tab where spaces belong says so")
  func tab() {
    let source = MarkedText("a:\n1️⃣\tb: 1\n")
    let found = diagnostics(source.text)
    #expect(found.first?.code == .yamlSyntax)
    #expect(found.first?.location == source.location("1️⃣"))
    #expect(found.first?.help?.contains("spaces") == true)
  }

  @Test("invalid UTF-8 is reported with its line and column")
  func invalidUTF8() {
    let source = MarkedText("a: ok\nb: 1️⃣")
    let bytes = Array(source.text.utf8) + [0xFF, 0xFE] + Array("\n".utf8)
    let error = #expect(throws: DiagnosticsError.self) {
      try YAMLReader().read(bytes, file: "f.yaml")
    }
    #expect(error?.diagnostics.map(\.code) == [.invalidEncoding])
    #expect(error?.diagnostics.first?.location == source.location("1️⃣"))
    // The offset is named as an offset, with the byte that is there.
    #expect(error?.diagnostics.first?.message.hasSuffix(": the byte 0xFF at offset 9") == true)
  }

  @Test("a second document is an error")
  func twoDocuments() {
    #expect(diagnostics("a: 1\n---\nb: 2\n").map(\.code) == [.multipleDocuments])
  }

  @Test("a file over the size limit is refused before parsing")
  func sizeLimit() {
    var limits = ReadingLimits()
    limits.maxFileBytes = 10
    #expect(diagnostics("a: 1234567890\n", limits: limits).map(\.code) == [.fileTooLarge])
  }

  @Test("a scalar over the length limit is refused")
  func scalarLimit() {
    var limits = ReadingLimits()
    limits.maxScalarBytes = 4
    #expect(diagnostics("a: 12345\n", limits: limits).map(\.code) == [.scalarTooLong])
  }

  @Test("a list or mapping over the entries limit is refused")
  func entriesLimit() {
    var limits = ReadingLimits()
    limits.maxEntries = 3
    #expect(diagnostics("[1, 2, 3]\n", limits: limits).isEmpty)
    #expect(diagnostics("[1, 2, 3, 4]\n", limits: limits).map(\.code) == [.tooManyEntries])
    #expect(
      diagnostics("{a: 1, b: 2, c: 3, d: 4}\n", limits: limits).map(\.code) == [.tooManyEntries])
  }

  @Test("a file at a limit is reported, and the other files are still checked")
  func limitDoesNotStopOtherFiles() throws {
    var limits = ReadingLimits()
    limits.maxDepth = 10
    let deep = try Fixtures.temporaryFile(
      named: "deep.yaml",
      contents: "- " + String(repeating: "[", count: 12) + String(repeating: "]", count: 12) + "\n")
    let valid = Fixtures.valid
    let found = Fixtures.diagnostics(
      checking: InputPaths(
        rules: [valid + "/rules"],
        catalogue: [
          valid + "/catalogue", deep, Fixtures.root + "/invalid/resources/unknown-capability.yaml",
        ]), limits: limits)
    #expect(
      found.map(\.code).sorted { $0.name < $1.name } == [
        .nestingTooDeep, .unknownCapability,
      ])
  }
}
