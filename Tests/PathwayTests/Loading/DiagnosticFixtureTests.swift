import Foundation
import Testing

@testable import Pathway

/// One file per kind of mistake under `Fixtures/invalid/ROLE/`, added to the valid project in
/// that role; the diagnostics must match the `.expected` file beside it, to the column.
///
/// Run with `PATHWAY_UPDATE_FIXTURES=1` to write the `.expected` files, then read every change.
/// The files are read with small limits on size, so that a fixture can reach each limit.
@Suite("Diagnostics of invalid files")
struct DiagnosticFixtureTests {
  static let invalid = Fixtures.root + "/invalid"

  /// The defaults, but a file of 16 KiB, a value of 1 KiB and 256 entries in a list at most.
  static let limits = {
    var limits = ReadingLimits()
    limits.maxFileBytes = 16 << 10
    limits.maxScalarBytes = 1 << 10
    limits.maxEntries = 256
    return limits
  }()

  /// The codes no fixture can give: a file that is missing or cannot be read (git cannot hold
  /// one; the tests below give both), output that cannot be written (`OutputFileTests` and
  /// `scripts/reliability-test.sh` give it), and two rule sets compared by `diff` that differ in
  /// their framework (`PopulationTests` gives it).
  static let codesWithoutFixture: Set<DiagnosticCode> = [
    .missingFile, .unreadableFile, .writeFailed, .differentFrameworks,
  ]

  static let cases: [String] = {
    ["resources", "rules", "framework", "learners"].flatMap { role in
      ((try? FileManager.default.contentsOfDirectory(atPath: invalid + "/" + role)) ?? [])
        .filter { $0.hasSuffix(".yaml") }
        .sorted()
        .map { role + "/" + $0 }
    }
  }()

  static func diagnostics(for fixture: String) -> [Diagnostic] {
    let path = invalid + "/" + fixture
    let valid = Fixtures.valid
    switch fixture.split(separator: "/").first {
    case "resources":
      return Fixtures.diagnostics(
        checking: InputPaths(rules: [valid + "/rules"], catalogue: [valid + "/catalogue", path]),
        limits: limits)
    case "rules":
      return Fixtures.diagnostics(
        checking: InputPaths(rules: [valid + "/rules", path], catalogue: [valid + "/catalogue"]),
        limits: limits)
    case "framework":
      return Fixtures.diagnostics(
        checking: InputPaths(
          rules: [valid + "/rules"], catalogue: [valid + "/catalogue/resources", path]),
        limits: limits)
    default:
      guard let pathway = try? Fixtures.validPathway() else { return [] }
      do throws(DiagnosticsError) {
        _ = try pathway.learner(at: path)
        return []
      } catch {
        return error.diagnostics
      }
    }
  }

  @Test("each fixture gives its diagnostics at the right line and column", arguments: cases)
  func fixture(_ fixture: String) throws {
    let found = Self.diagnostics(for: fixture)
    let rendered = DiagnosticRenderer(format: .text).render(found).replacing(
      Fixtures.root + "/", with: "")
    let expectedPath = Self.invalid + "/" + fixture.replacing(".yaml", with: ".expected")
    if ProcessInfo.processInfo.environment["PATHWAY_UPDATE_FIXTURES"] != nil {
      try rendered.write(toFile: expectedPath, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
    #expect(rendered == expected)
    #expect(!found.isEmpty)
    #expect(
      found.allSatisfy {
        $0.location.hasPosition
          || [.fileTooLarge, .missingFramework, .duplicateFramework].contains($0.code)
      })
  }

  @Test("every code but those listed above is given by some fixture")
  func everyCodeHasAFixture() {
    let given = Set(Self.cases.flatMap { Self.diagnostics(for: $0).map(\.code) })
    let missing = Set(DiagnosticCode.allCases).subtracting(given).subtracting(
      Self.codesWithoutFixture)
    #expect(missing.isEmpty, "no fixture under Fixtures/invalid gives \(missing.map(\.name))")
  }

  @Test("a folder named where a file is expected cannot be read")
  func folderForFile() {
    let error = #expect(throws: DiagnosticsError.self) { try FileSystem().read(Fixtures.valid) }
    #expect(error?.diagnostics.map(\.code) == [.unreadableFile])
  }

  @Test("one bad file never hides the errors of another")
  func errorsInSeveralFiles() {
    let valid = Fixtures.valid
    let found = Fixtures.diagnostics(
      checking: InputPaths(
        rules: [valid + "/rules", Self.invalid + "/rules/unknown-placeholder.yaml"],
        catalogue: [
          valid + "/catalogue", Self.invalid + "/resources/syntax-error.yaml",
          Self.invalid + "/resources/unknown-capability.yaml",
        ]))
    let files = Set(
      found.filter { $0.severity == .error }.map {
        $0.location.file.split(separator: "/").last ?? ""
      })
    #expect(files == ["unknown-placeholder.yaml", "syntax-error.yaml", "unknown-capability.yaml"])
  }

  @Test("a missing folder is named, with no position")
  func missingFolder() {
    let found = Fixtures.diagnostics(
      checking: InputPaths(rules: ["/no/such/rules"], catalogue: [Fixtures.valid + "/catalogue"]))
    #expect(found.map(\.code) == [.missingFile])
    #expect(
      DiagnosticRenderer.text(found[0]).hasPrefix("/no/such/rules: error: no such file or folder"))
  }

  @Test("the valid fixture and the bundled rules and catalogue check clean, without warnings")
  func cleanProjects() {
    for paths in [Fixtures.validPaths, InputPaths(root: Fixtures.projectRoot)] {
      let diagnostics = Fixtures.diagnostics(checking: paths)
      #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(format: .text).render(diagnostics))")
    }
  }
}
