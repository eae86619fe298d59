import Foundation
import Testing

@testable import Pathway

@Suite("Plan rendering")
struct PlanRenderingTests {
  static let formats = PlanFormat.allCases
  static let learners = ["nurse", "embedder", "creator"]
  static let schedule = Schedule(
    start: CalendarDate(year: 2026, month: 1, day: 5), minutesPerWeek: 60)

  static func render(_ plan: Plan, _ format: PlanFormat, framework: Framework) -> String {
    PlanRenderer(format: format, framework: framework, schedule: schedule).render(plan)
  }

  /// The valid fixture's nurse plan, with one step's title and address replaced by hostile ones.
  static func hostilePlan() throws -> (Plan, Framework) {
    let pathway = try Fixtures.validPathway()
    var plan = pathway.plan(for: try Fixtures.validLearner("nurse", in: pathway))
    plan.steps[0].resource.title =
      "<script>alert(1)</script> [x](javascript:y) =HYPERLINK(\"z\") \u{1B}[31mred; a, b\nnext"
    plan.steps[0].resource.url = Located("javascript:alert(1)", at: .file("x"))
    plan.steps[1].resource.provider = "=cmd|' /C calc'!A0"
    return (plan, pathway.compiled.project.framework)
  }

  @Test(
    "each fixture learner's plan matches its golden file in every format", arguments: learners,
    formats)
  func golden(learner: String, format: PlanFormat) throws {
    let pathway = try Fixtures.validPathway()
    let plan = pathway.plan(for: try Fixtures.validLearner(learner, in: pathway), advising: true)
    let rendered = Self.render(plan, format, framework: pathway.compiled.project.framework)
    let path = Fixtures.root + "/golden/\(learner).\(format.rawValue)"
    if ProcessInfo.processInfo.environment["PATHWAY_UPDATE_FIXTURES"] != nil {
      try FileManager.default.createDirectory(
        atPath: Fixtures.root + "/golden", withIntermediateDirectories: true)
      try rendered.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(rendered == (try String(contentsOfFile: path, encoding: .utf8)))
  }

  static let bundledLearners: [String] = {
    ((try? FileManager.default.contentsOfDirectory(
      atPath: Fixtures.projectRoot + "/examples/learners")) ?? [])
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }()

  @Test(
    "each bundled example learner's plan matches its golden file in every format",
    arguments: bundledLearners, formats)
  func bundledGolden(learner: String, format: PlanFormat) throws {
    let checked = try Pathway.check(InputPaths(root: Fixtures.projectRoot)).pathway
    let plan = checked.plan(
      for: try checked.learner(at: Fixtures.projectRoot + "/examples/learners/\(learner).yaml"),
      advising: true)
    let rendered = Self.render(plan, format, framework: checked.compiled.project.framework)
    let path = Fixtures.root + "/golden/bundled/\(learner).\(format.rawValue)"
    if ProcessInfo.processInfo.environment["PATHWAY_UPDATE_FIXTURES"] != nil {
      try FileManager.default.createDirectory(
        atPath: Fixtures.root + "/golden/bundled", withIntermediateDirectories: true)
      try rendered.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(rendered == (try String(contentsOfFile: path, encoding: .utf8)))
  }

  @Test("HTML escapes input and links only http addresses")
  func html() throws {
    let (plan, framework) = try Self.hostilePlan()
    let html = Self.render(plan, .html, framework: framework)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("href=\"javascript"))
    #expect(html.contains("<a href=\"https://example.org/risk-basics\">"))
    #expect(
      html.contains("<html lang=\"en-GB\">") && html.contains("<main>")
        && html.contains("@media print"))
  }

  @Test("Markdown escapes its special characters and links only http addresses")
  func markdown() throws {
    let (plan, framework) = try Self.hostilePlan()
    let markdown = Self.render(plan, .markdown, framework: framework)
    #expect(!markdown.contains("(<javascript") && !markdown.contains("](javascript:alert"))
    #expect(markdown.contains("\\[x\\](javascript:y)"))
    #expect(!markdown.contains("<script>"))
    #expect(MarkdownPlanRenderer.escape("Foong & Wang") == "Foong & Wang")
    #expect(MarkdownPlanRenderer.escape("&amp; &#38;") == "&amp;amp; &amp;#38;")
  }

  @Test("CSV quotes fields as RFC 4180 and guards against formulas")
  func csv() throws {
    let (plan, framework) = try Self.hostilePlan()
    let csv = Self.render(plan, .csv, framework: framework)
    let rows = csv.components(separatedBy: "\r\n")
    #expect(rows.first == CSVPlanRenderer.header.joined(separator: ","))
    #expect(csv.contains("'=cmd|' /C calc'!A0"))
    #expect(CSVFormat.cell("=SUM(A1)") == "'=SUM(A1)")
    #expect(CSVFormat.cell("-3") == "-3")
    #expect(CSVFormat.cell("say \"hi\", then") == "\"say \"\"hi\"\", then\"")
  }

  @Test("ICS escapes text, folds long lines and never links anything but http")
  func ics() throws {
    let (plan, framework) = try Self.hostilePlan()
    let ics = Self.render(plan, .ics, framework: framework)
    let lines = ics.components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(!ics.contains("URL:javascript"))
    #expect(ics.contains("red\\; a\\, b\\nnext"))
    #expect(ics.contains("DTSTAMP:20260105T000000Z"))
    #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
  }

  @Test("text never passes an escape sequence from input to the terminal")
  func text() throws {
    let (plan, framework) = try Self.hostilePlan()
    let text = Self.render(plan, .text, framework: framework)
    #expect(!text.contains("\u{1B}"))
    #expect(text.contains("\u{FFFD}[31mred"))
  }

  @Test("JSON escapes control characters and reads back to the same title")
  func json() throws {
    let (plan, framework) = try Self.hostilePlan()
    let json = Self.render(plan, .json, framework: framework)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let steps = try #require(object["steps"] as? [[String: Any]])
    #expect(steps.first?["title"] as? String == plan.steps[0].resource.title)
    #expect(json.contains("\\u001b[31m"))
  }

  @Test("a learner with nothing to learn gets an empty plan that says so")
  func nothingToLearn() throws {
    let pathway = try Fixtures.validPathway()
    let learner = try Fixtures.learner(
      "id: done\narchetype: user\nprofession: nurse\nassessment: {safety.risk: 3, records.use: 3, records.sharing: 3, ai.basics: 3}\ncompleted: [ig-training]\n",
      in: pathway)
    let plan = pathway.plan(for: learner)
    #expect(plan.steps.isEmpty && plan.gaps.isEmpty && plan.uncovered.isEmpty)
    #expect(
      Self.render(plan, .text, framework: pathway.compiled.project.framework).contains(
        "Nothing to learn"))
  }
}
