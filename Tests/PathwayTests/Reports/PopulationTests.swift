import Foundation
import Testing

@testable import Pathway

/// Populations: JSON Lines in, plans out in order, bad lines in place; coverage, diff and report.
@Suite("Populations")
struct PopulationTests {
  static let lines = [
    #"{"id":"a","archetype":"user","profession":"nurse","assessment":{"safety.risk":0},"preferences":{"budgetMinutes":120}}"#,
    #"{"id":"b","archetype":"nobody","profession":"nurse"}"#,
    "",
    #"{"id":"c","archetype":"embedder","profession":"it lead","assessment":{"records.use":1}}"#,
    #"{"id":"d","archetype":"creator","profession":"data scientist","completed":["ig-training"]}"#,
  ]

  static func population() throws -> String {
    try Fixtures.temporaryFile(
      named: "population.jsonl", contents: lines.joined(separator: "\n") + "\n")
  }

  @Test(
    "batch writes a line for each learner in input order, a bad one in its place, on any number of workers"
  )
  func batchKeepsOrder() throws {
    let pathway = try Fixtures.validPathway()
    let path = try Self.population()
    var outputs: [String] = []
    for jobs in [1, 2, 3] {
      var planner = BatchPlanner(pathway: pathway, jobs: jobs)
      planner.chunkSize = 2
      var output = ""
      let summary = try planner.run(try LearnerSource(path: path), write: { output += $0 })
      #expect(summary.planned == 3 && summary.failed == 1)
      outputs.append(output)
    }
    #expect(Set(outputs).count == 1)
    let rows = outputs[0].split(separator: "\n").map(String.init)
    #expect(rows.count == 4)
    #expect(rows[0].contains(#""learner":"a""#) && rows[2].contains(#""learner":"c""#))
    #expect(
      rows[1].hasPrefix(#"{"file":"#) && rows[1].contains(#""line":2"#)
        && rows[1].contains("unknown-archetype"))
    #expect(!rows[0].contains(#""why""#))
  }

  @Test("a bad line's diagnostics name its line in the file")
  func lineNumbers() throws {
    let pathway = try Fixtures.validPathway()
    var lines: [Int] = []
    try LearnerSource(path: try Self.population()).readEach { entry in
      do throws(DiagnosticsError) {
        _ = try pathway.learner(from: entry)
      } catch {
        lines += error.diagnostics.map(\.location.line)
      }
      return true
    }
    #expect(lines == [2])
  }

  @Test("coverage counts, per capability and archetype, the resources that reach the target")
  func coverage() throws {
    let pathway = try Fixtures.validPathway()
    let coverage = pathway.coverage()
    // Creators aim for 3 in clinical risk (their statements); only the safety case reaches it.
    #expect(
      coverage.cell("safety.risk", "creator")
        == Coverage.Cell(
          capability: "safety.risk", archetype: "creator", target: 3, resources: 1, learners: nil))
    // Users aim for 1 in AI basics: the introduction and the two level-3 resources reach it.
    #expect(coverage.cell("ai.basics", "user")?.resources == 3)
    // Creators have no expectation in records: no target, so no hole.
    #expect(coverage.cell("records.use", "creator")?.target == 0)
    #expect(coverage.holes.isEmpty)
  }

  @Test("a target that no resource reaches is a hole")
  func hole() throws {
    let copy = try Fixtures.copy(Fixtures.valid)
    let framework = copy + "/catalogue/framework.yaml"
    let text = try String(contentsOfFile: framework, encoding: .utf8)
    try text.replacing(
      "      - {id: ai.basics, name: AI basics, description: What AI is and is not.}",
      with: "      - {id: ai.basics, name: AI basics, description: What AI is and is not.}\n"
        + "      - {id: ai.robots, name: Robots, description: Machines that move.}"
    ).write(toFile: framework, atomically: true, encoding: .utf8)
    let pathway = try Pathway.check(InputPaths(root: copy)).pathway
    // Users (default 1) and embedders (default 2) have a target no resource reaches; creators none.
    #expect(
      pathway.coverage().holes.map { "\($0.capability)/\($0.archetype)" } == [
        "ai.robots/user", "ai.robots/embedder",
      ])
  }

  @Test("coverage weighs holes by the learners who have the gap")
  func coverageWeighted() throws {
    let pathway = try Fixtures.validPathway()
    var gaps = PopulationGaps()
    try LearnerSource(path: try Self.population()).readEach { entry in
      if let learner = try? pathway.learner(from: entry) { gaps.add(learner, in: pathway) }
      return true
    }
    let coverage = pathway.coverage(population: gaps)
    #expect(coverage.population == 3)
    #expect(coverage.cell("safety.risk", "user")?.learners == 1)
  }

  @Test(
    "diff finds no change between a rule set and itself, and names the rule that changes a plan")
  func diff() throws {
    let original = try Fixtures.validPathway()
    let learner = try Fixtures.validLearner("nurse", in: original)
    var same = PopulationDiff()
    same.compare(learner, before: original, after: original)
    #expect(!same.hasChanges && same.learners == 1)

    let copy = try Fixtures.copy(Fixtures.valid)
    let rules = copy + "/rules/rules.yaml"
    let text = try String(contentsOfFile: rules, encoding: .utf8)
    try text.replacing("exclude: {tag: specialist}", with: "exclude: {ids: [risk-basics]}")
      .write(toFile: rules, atomically: true, encoding: .utf8)
    let changed = try Pathway.check(InputPaths(root: copy)).pathway
    var diff = try PopulationDiff(before: original, after: changed)
    diff.compare(learner, before: original, after: changed)
    #expect(diff.rules.changed == ["no-specialist-for-users"] && diff.rules.added.isEmpty)
    #expect(diff.changes.first?.changedRules == ["no-specialist-for-users"])
    let change = try #require(diff.changes.first)
    #expect(change.removed.map(\.resource) == ["risk-basics"])
    #expect(change.removed.first?.rule == "no-specialist-for-users")
    #expect(change.removed.first?.reason == "excluded by no-specialist-for-users")
  }

  @Test("rules that only move within or between files are not changed rules")
  func movedRulesAreNotChanged() throws {
    let original = try Fixtures.validPathway()
    let copy = try Fixtures.copy(Fixtures.valid)
    let rules = copy + "/rules/rules.yaml"
    let text = try String(contentsOfFile: rules, encoding: .utf8)
    let entries = text.components(separatedBy: "\n  - id: ")
    let reordered =
      entries[0] + "\n  - id: "
      + entries.dropFirst().reversed().map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }
      .joined(separator: "  - id: ")
    try reordered.write(toFile: rules, atomically: true, encoding: .utf8)
    let moved = try Pathway.check(InputPaths(root: copy)).pathway
    let changes = RuleChanges(before: original, after: moved)
    #expect(changes.all.isEmpty)
  }

  @Test("diff refuses two rule sets written against different frameworks, at the framework")
  func diffNeedsOneFramework() throws {
    let original = try Fixtures.validPathway()
    let copy = try Fixtures.copy(Fixtures.valid)
    let path = copy + "/catalogue/framework.yaml"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("id: clinic\n"))
    try ("id: another-clinic\n" + text.dropFirst("id: clinic\n".count))
      .write(toFile: path, atomically: true, encoding: .utf8)
    let other = try Pathway.check(InputPaths(root: copy)).pathway
    let error = #expect(throws: DiagnosticsError.self) {
      try PopulationDiff(before: original, after: other)
    }
    #expect(error?.diagnostics.map(\.code) == [.differentFrameworks])
    #expect(error?.diagnostics.first?.location.file == path)
  }

  @Test("the report counts learners, gaps and hours")
  func report() throws {
    let pathway = try Fixtures.validPathway()
    var report = PopulationReport()
    for name in ["nurse", "embedder", "creator"] {
      let learner = try Fixtures.validLearner(name, in: pathway)
      report.add(learner, plan: pathway.plan(for: learner))
    }
    #expect(report.learners == 3)
    #expect(report.byArchetype.map(\.learners).reduce(0, +) == 3)
    #expect(report.totalMinutes == 95 + 225 + 600)
    #expect(report.commonestGaps.first?.name == "safety.risk")
  }

  @Test("a UTF-16 JSON Lines file (a byte-order mark) is an encoding error at its first line")
  func utf16JSONLinesRefused() throws {
    let path = try Fixtures.temporaryFolder() + "/population.jsonl"
    let text = Self.lines[0] + "\n"
    let bytes: [UInt8] =
      [0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    do {
      try LearnerSource(path: path).readEach { _ in true }
      Issue.record("a UTF-16 file was read")
    } catch let error as DiagnosticsError {
      #expect(error.diagnostics.map(\.code) == [.invalidEncoding])
      #expect(error.diagnostics.first?.location == SourceLocation(file: path, line: 1, column: 1))
    }
  }

  @Test("a line further down that starts with a UTF-16 byte-order mark is an error at that line")
  func utf16LineRefused() throws {
    let pathway = try Fixtures.validPathway()
    let path = try Fixtures.temporaryFolder() + "/population.jsonl"
    let bytes = Array((Self.lines[0] + "\n").utf8) + [0xFF, 0xFE] + Array("{}\n".utf8)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    var results: [Result<Learner, DiagnosticsError>] = []
    try LearnerSource(path: path).readEach { entry in
      results.append(Result { () throws(DiagnosticsError) in try pathway.learner(from: entry) })
      return true
    }
    #expect(results.count == 2)
    guard results.count == 2, case .failure(let error) = results[1] else {
      Issue.record("the UTF-16 line was read")
      return
    }
    #expect(error.diagnostics.map(\.code) == [.invalidEncoding])
    #expect(error.diagnostics.first?.location == SourceLocation(file: path, line: 2, column: 1))
  }
}
