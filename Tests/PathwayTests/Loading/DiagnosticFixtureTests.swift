import Foundation
import Testing

@testable import Pathway

/// One file per kind of mistake under `Fixtures/invalid/ROLE/`, added to the valid project in
/// that role; the diagnostics must match the `.expected` file beside it, to the column.
///
/// Run with `PATHWAY_UPDATE_FIXTURES=1` to write the `.expected` files, then read every change.
@Suite("Diagnostics of invalid files")
struct DiagnosticFixtureTests {
  static let invalid = Fixtures.root + "/invalid"

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
      return ProjectLoader().load(
        InputPaths(rules: [valid + "/rules"], catalogue: [valid + "/catalogue", path])
      ).diagnostics
    case "rules":
      return ProjectLoader().load(
        InputPaths(rules: [valid + "/rules", path], catalogue: [valid + "/catalogue"])
      ).diagnostics
    case "framework":
      return ProjectLoader().load(
        InputPaths(rules: [valid + "/rules"], catalogue: [valid + "/catalogue/resources", path])
      ).diagnostics
    default:
      guard let pathway = try? Fixtures.validPathway() else { return [] }
      if case .failure(let error) = pathway.learner(at: path) { return error.diagnostics }
      return []
    }
  }

  @Test("each fixture gives its diagnostics at the right line and column", arguments: cases)
  func fixture(_ fixture: String) throws {
    let found = Self.diagnostics(for: fixture)
    let rendered = DiagnosticRenderer(format: .text).render(found).replacingAll(
      Fixtures.root + "/", with: "")
    let expectedPath = Self.invalid + "/" + fixture.replacingAll(".yaml", with: ".expected")
    if ProcessInfo.processInfo.environment["PATHWAY_UPDATE_FIXTURES"] != nil {
      try rendered.write(toFile: expectedPath, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
    #expect(rendered == expected)
    #expect(!found.isEmpty)
    #expect(
      found.allSatisfy {
        $0.location.hasPosition || $0.code == .fileTooLarge || $0.code == .missingFramework
      })
  }

  @Test("one bad file never hides the errors of another")
  func errorsInSeveralFiles() {
    let valid = Fixtures.valid
    let found = ProjectLoader().load(
      InputPaths(
        rules: [valid + "/rules", Self.invalid + "/rules/unknown-placeholder.yaml"],
        catalogue: [
          valid + "/catalogue", Self.invalid + "/resources/syntax-error.yaml",
          Self.invalid + "/resources/unknown-capability.yaml",
        ])
    ).diagnostics
    let files = Set(
      found.filter { $0.severity == .error }.map {
        $0.location.file.split(separator: "/").last ?? ""
      })
    #expect(files == ["unknown-placeholder.yaml", "syntax-error.yaml", "unknown-capability.yaml"])
  }

  @Test("a missing folder is named, with no position")
  func missingFolder() {
    let found = ProjectLoader().load(
      InputPaths(rules: ["/no/such/rules"], catalogue: [Fixtures.valid + "/catalogue"])
    )
    .diagnostics
    #expect(found.map(\.code) == [.missingFile])
    #expect(
      DiagnosticRenderer.text(found[0]).hasPrefix("/no/such/rules: error: no such file or folder"))
  }

  @Test("the valid fixture and the bundled rules and catalogue check clean, without warnings")
  func cleanProjects() {
    for paths in [Fixtures.validPaths, InputPaths(root: Fixtures.projectRoot)] {
      let (project, diagnostics) = ProjectLoader().load(paths)
      #expect(project != nil)
      #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(format: .text).render(diagnostics))")
    }
  }
}
