import Foundation
import Testing

@testable import Pathway

/// `pathway init`: a new rules repository that checks and tests clean, with CI and pre-commit
/// files that are YAML.
@Suite("Rules repository")
struct RulesRepositoryTests {
  /// The scalars of a YAML file, in order, or nil when it is not well-formed YAML.
  static func scalars(_ path: String) throws -> [String]? {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    guard let document = try? YAMLReader().read(bytes, file: path) else { return nil }
    return document.events.filter { $0.kind == .scalar }.map(\.value)
  }

  @Test("init writes a repository whose rules check and whose tests pass")
  func checksAndTests() throws {
    let folder = try Fixtures.temporaryFolder() + "/trust-rules"
    let written = try RulesRepository.write(into: folder)
    #expect(written.contains("rules/gaps.yaml") && written.contains("catalogue/framework.yaml"))
    let checked = try Pathway.check(InputPaths(root: folder))
    #expect(checked.warnings.isEmpty, "\(checked.warnings.map(DiagnosticRenderer.text))")
    let pathway = checked.pathway
    let tests = pathway.compiled.project.tests
    #expect(!tests.isEmpty)
    let runner = RuleTestRunner(pathway: pathway)
    #expect(tests.map(runner.run).allSatisfy { $0.passed })
    var learners = 0
    try pathway.learners(at: folder + "/learners/sample.jsonl").readEach { entry in
      if (try? pathway.learner(from: entry)) != nil { learners += 1 }
      return true
    }
    #expect(learners == 3)
  }

  @Test("the workflow and pre-commit files are YAML that run check, the JUnit tests and diff")
  func ciFiles() throws {
    let folder = try Fixtures.temporaryFolder() + "/trust-rules"
    _ = try RulesRepository.write(into: folder)
    let workflow = try #require(try Self.scalars(folder + "/.github/workflows/pathway.yml"))
    #expect(workflow.contains("fetch-depth") && workflow.contains("0"))
    #expect(workflow.contains("pathway check --format github"))
    #expect(workflow.contains("pathway test --format junit > rule-tests.xml"))
    #expect(
      workflow.contains { $0.hasPrefix("pathway diff") && $0.hasSuffix("--fail-on uncovered") })
    #expect(workflow.contains("${{ vars.PATHWAY_RELEASE_SHA256 }}"))
    let preCommit = try #require(try Self.scalars(folder + "/.pre-commit-config.yaml"))
    #expect(preCommit.contains("local") && preCommit.contains("pathway check"))
    let hooks = try #require(try Self.scalars(Fixtures.projectRoot + "/.pre-commit-hooks.yaml"))
    #expect(hooks.contains("pathway-check") && hooks.contains("pathway check"))
  }

  @Test("init refuses a folder that is not empty, and a file")
  func refusesNonEmpty() throws {
    let folder = try Fixtures.temporaryFolder()
    let file = try Fixtures.temporaryFile(named: "notes.txt", contents: "x")
    for path in [(file as NSString).deletingLastPathComponent, file, folder + "/.."] {
      #expect(throws: DiagnosticsError.self) { try RulesRepository.write(into: path) }
    }
  }

  @Test("the catalogue built into Pathway is the one in catalogue/ (scripts/bundle-catalogue.sh)")
  func bundledCatalogueIsCurrent() throws {
    let folder = Fixtures.projectRoot + "/catalogue"
    let onDisk =
      try
      (["framework.yaml"]
      + FileManager.default.contentsOfDirectory(atPath: folder + "/resources").sorted()
      .filter { $0.hasSuffix(".yaml") }.map { "resources/" + $0 })
    #expect(BundledCatalogue.files.map(\.path) == onDisk)
    for (path, text) in BundledCatalogue.files {
      #expect(try String(contentsOfFile: folder + "/" + path, encoding: .utf8) == text + "\n")
    }
  }
}
