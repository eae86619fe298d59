import Foundation
import Testing

@testable import Pathway

/// Populations from spreadsheets: CSV read as RFC 4180, each problem at its line and field.
@Suite("CSV populations")
struct CSVPopulationTests {
  /// Every learner of a source, or the text of each diagnostic of those that cannot be read.
  static func read(_ source: LearnerSource, in pathway: Pathway) throws -> (
    learners: [Learner], errors: [String]
  ) {
    var learners: [Learner] = []
    var errors: [String] = []
    try source.readEach { entry in
      do throws(DiagnosticsError) {
        learners.append(try pathway.learner(from: entry))
      } catch {
        errors += error.diagnostics.map(DiagnosticRenderer.text)
      }
      return true
    }
    return (learners, errors)
  }

  /// The diagnostics of a CSV file whose header cannot be used.
  static func headerErrors(_ csv: String, ignoring: [String] = []) throws -> [String] {
    let path = try Fixtures.temporaryFile(named: "header.csv", contents: csv)
    let pathway = try Fixtures.validPathway()
    let opened = Result { () throws(DiagnosticsError) in
      try pathway.learners(at: path, ignoringColumns: ignoring)
    }
    guard case .failure(let error) = opened else { return [] }
    return error.diagnostics.map(DiagnosticRenderer.text)
  }

  /// A cell as RFC 4180 writes it: quoted when it holds a comma, quote or line break.
  static func cell(_ text: String) -> String {
    guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  @Test("a CSV population gives the same plans as the same learners in JSON Lines")
  func samePlansAsJSONLines() throws {
    let root = Fixtures.projectRoot
    let pathway = try Pathway.check(InputPaths(root: root)).pathway
    let capabilities = pathway.compiled.project.framework.capabilities.map(\.id.value)
    let keys = [
      "id", "archetype", "profession", "budgetMinutes", "freeOnly", "formats", "completed",
    ]
    var csv = ["Timestamp," + (keys + capabilities).joined(separator: ",")]
    var lines: [String] = []
    let text = try String(contentsOfFile: root + "/examples/population.jsonl", encoding: .utf8)
    for line in text.split(separator: "\n").prefix(200) {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      guard object["targets"] == nil else { continue }
      let preferences = object["preferences"] as? [String: Any] ?? [:]
      let assessment = object["assessment"] as? [String: Int] ?? [:]
      var row = ["2026-01-05 09:00", "\(object["id"] ?? "")", "\(object["archetype"] ?? "")"]
      row.append("\(object["profession"] ?? "")")
      row.append(preferences["budgetMinutes"].map { "\($0)" } ?? "")
      row.append((preferences["freeOnly"] as? Bool).map { $0 ? "TRUE" : "false" } ?? "")
      row.append((preferences["formats"] as? [String] ?? []).joined(separator: ";"))
      row.append((object["completed"] as? [String] ?? []).joined(separator: "; "))
      row += capabilities.map { assessment[$0].map(String.init) ?? "" }
      csv.append(row.map(Self.cell).joined(separator: ","))
      lines.append(String(line))
    }
    #expect(lines.count > 50)
    let csvPath = try Fixtures.temporaryFile(
      named: "population.csv", contents: "\u{FEFF}" + csv.joined(separator: "\r\n") + "\r\n")
    let jsonPath = try Fixtures.temporaryFile(
      named: "population.jsonl", contents: lines.joined(separator: "\n") + "\n")
    let fromCSV = try Self.read(
      try pathway.learners(at: csvPath, ignoringColumns: ["Timestamp"]), in: pathway)
    let fromJSON = try Self.read(try pathway.learners(at: jsonPath), in: pathway)
    #expect(fromCSV.errors.isEmpty && fromJSON.errors.isEmpty)
    #expect(fromCSV.learners.count == lines.count)
    let plans = { (learners: [Learner]) in
      learners.map { pathway.plan(for: $0).json(includingWhy: true).serialized() }
    }
    #expect(plans(fromCSV.learners) == plans(fromJSON.learners))
  }

  @Test("quoted fields hold commas, doubled quotes and line breaks; positions stay physical")
  func quotedFields() throws {
    let csv = """
      id,archetype,profession,organisation,staffGroup,ai.basics
      a,user,"nurse, senior","RX1","Nursing and ""midwifery""
      registered",1
      b,usr,nurse,,,9

      """
    let path = try Fixtures.temporaryFile(named: "quoted.csv", contents: csv)
    let pathway = try Fixtures.validPathway()
    let (learners, errors) = try Self.read(try pathway.learners(at: path), in: pathway)
    #expect(learners.count == 1)
    #expect(learners.first?.profession == "nurse, senior")
    #expect(learners.first?.organisation == "RX1")
    #expect(learners.first?.staffGroup == "Nursing and \"midwifery\"\nregistered")
    #expect(learners.first?.assessedLevel("ai.basics") == 1)
    #expect(errors.count == 2)
    #expect(errors.first?.hasPrefix(path + ":4:2: error: unknown archetype `usr`") == true)
    #expect(errors.last?.hasPrefix(path + ":4:6: error: level 9") == true)
  }

  @Test("a broken row is an error at its line and field, and the rows after it are read")
  func brokenRows() throws {
    let csv = "id,archetype,profession,freeOnly\nx,user,nu\"rse,\ny,user,nurse,\nz,user\n"
    let path = try Fixtures.temporaryFile(named: "broken.csv", contents: csv)
    let pathway = try Fixtures.validPathway()
    let (learners, errors) = try Self.read(try pathway.learners(at: path), in: pathway)
    #expect(learners.map(\.id) == ["y"])
    #expect(errors.count == 2)
    #expect(errors.first?.hasPrefix(path + ":2:3: error: a quote inside a field") == true)
    #expect(errors.last?.hasPrefix(path + ":4:2: error: 2 fields where the header has 4") == true)
  }

  @Test("an unknown column is an error with did you mean, unless it is ignored")
  func unknownColumns() throws {
    let header = "Timestamp,id,archetype,profession,ai.basic\n"
    let errors = try Self.headerErrors(header)
    #expect(errors.count == 2)
    #expect(errors.first?.contains(":1:1: error: unknown column `Timestamp`") == true)
    #expect(errors.last?.contains(":1:5: error: unknown column `ai.basic`") == true)
    #expect(errors.last?.contains("did you mean `ai.basics`?") == true)
    let ignored = try Self.headerErrors(header, ignoring: ["Timestamp", "ai.basic"])
    #expect(ignored.isEmpty)
    #expect(try Self.headerErrors("id,profession\n").count == 1)
    #expect(try Self.headerErrors("").first?.contains("no header row") == true)
  }
}
