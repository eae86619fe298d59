import Foundation
import Testing

@testable import Pathway

/// Reports for spreadsheets: `report` and `coverage` as CSV, and the organisation and staff
/// group a learner gives.
@Suite("Spreadsheet reports")
struct SpreadsheetReportTests {
  static func learner(_ id: String, profession: String, organisation: String) -> String {
    """
    id: \(id)
    archetype: user
    profession: '\(profession)'
    organisation: \(organisation)
    staffGroup: Nursing and midwifery registered
    assessment: {ai.basics: 0}
    """
  }

  @Test("the report as CSV: a row a count, organisations and staff groups, formulas guarded")
  func reportCSV() throws {
    let pathway = try Fixtures.validPathway()
    var report = PopulationReport()
    for (id, profession) in [("a", "nurse, senior"), ("b", "=HYPERLINK(\"x\")")] {
      let learner = try Fixtures.learner(
        Self.learner(id, profession: profession, organisation: "RX1"), in: pathway)
      #expect(learner.organisation == "RX1")
      #expect(learner.staffGroup == "Nursing and midwifery registered")
      report.add(learner, plan: pathway.plan(for: learner))
    }
    let csv = PopulationReportRenderer(format: .csv, framework: pathway.compiled.project.framework)
      .render(report)
    let rows = csv.components(separatedBy: "\r\n")
    #expect(rows.first == "section,name,count,unit")
    #expect(rows.contains("Learners,all,2,learners"))
    #expect(rows.contains("Learners per organisation,RX1,2,learners"))
    #expect(rows.contains("Learners per staff group,Nursing and midwifery registered,2,learners"))
    #expect(rows.contains("Learners per profession,\"nurse, senior\",1,learners"))
    #expect(rows.contains("Learners per profession,\"'=hyperlink(\"\"x\"\")\",1,learners"))
    #expect(rows.last == "")
  }

  @Test("a report of learners who give no organisation has no organisation section")
  func noOrganisation() throws {
    let pathway = try Fixtures.validPathway()
    var report = PopulationReport()
    let learner = try Fixtures.validLearner("nurse", in: pathway)
    report.add(learner, plan: pathway.plan(for: learner))
    let text = PopulationReportRenderer(
      format: .text, framework: pathway.compiled.project.framework
    )
    .render(report)
    #expect(!text.contains("organisation") && !text.contains("staff group"))
  }

  @Test("coverage as CSV: a row a capability and archetype")
  func coverageCSV() throws {
    let pathway = try Fixtures.validPathway()
    let coverage = pathway.coverage()
    let csv = CoverageRenderer(format: .csv, framework: pathway.compiled.project.framework)
      .render(coverage)
    let rows = csv.components(separatedBy: "\r\n").dropLast()
    #expect(rows.first == "capability,archetype,target,resources,hole,learners")
    #expect(rows.count == coverage.cells.count + 1)
    let ai = try #require(coverage.cell("ai.basics", "user"))
    #expect(rows.contains("ai.basics,user,\(ai.target),\(ai.resources),false,"))
  }
}
