/// The forms a population report can be printed in.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, html, csv
}

/// Prints a population report: text, JSON, CSV (a row a count, for a spreadsheet), or HTML with
/// inline SVG bar charts that need no script and print the number beside every bar.
public struct PopulationReportRenderer: Sendable {
  public var format: ReportFormat
  public var framework: Framework

  /// A renderer for one form.
  public init(format: ReportFormat, framework: Framework) {
    self.format = format
    self.framework = framework
  }

  /// The sections of the report, each a title and its counts (names as people read them); the
  /// organisation and staff group sections only when some learner gave one.
  private func sections(_ report: PopulationReport) -> [(
    title: String, unit: String, counts: [PopulationReport.Count]
  )] {
    let names = PlanVocabulary(framework: framework)
    func named(_ counts: [PopulationReport.Count], _ name: (String) -> String) -> [PopulationReport
      .Count]
    {
      counts.map { PopulationReport.Count(name: name($0.name), learners: $0.learners) }
    }
    return [
      ("Learners per archetype", "learners", named(report.byArchetype, names.archetypeName)),
      ("Learners per profession", "learners", report.byProfession),
      ("Learners per organisation", "learners", report.byOrganisation),
      ("Learners per staff group", "learners", report.byStaffGroup),
      ("Commonest gaps", "learners", named(report.commonestGaps, names.capabilityName)),
      ("Gaps no resource closes", "learners", named(report.unclosableGaps, names.capabilityName)),
      (
        "Hours of learning in the plans, per archetype", "hours",
        named(report.hoursByArchetype, names.archetypeName)
      ),
    ].filter { !$0.counts.isEmpty || !Self.optionalSections.contains($0.title) }
  }

  static let optionalSections: Set = ["Learners per organisation", "Learners per staff group"]

  /// The report, ending with a newline.
  public func render(_ report: PopulationReport) -> String {
    switch format {
    case .text:
      var out =
        "\(report.learners) learners; their plans add up to \((report.totalMinutes + 30) / 60) hours of learning.\n"
      for section in sections(report) {
        out += "\n\(section.title):\n"
        if section.counts.isEmpty { out += "  none\n" }
        for count in section.counts.prefix(20) {
          out += "  \(TerminalText.safe(count.name)): \(count.learners) \(section.unit)\n"
        }
      }
      return out
    case .json:
      let members: [(String, JSON)] =
        [("learners", .int(report.learners)), ("totalMinutes", .int(report.totalMinutes))]
        + zip(
          [
            "byArchetype", "byProfession", "byOrganisation", "byStaffGroup", "commonestGaps",
            "unclosableGaps", "hoursByArchetype",
          ],
          [
            report.byArchetype, report.byProfession, report.byOrganisation, report.byStaffGroup,
            report.commonestGaps, report.unclosableGaps, report.hoursByArchetype,
          ]
        ).map { key, counts in
          (
            key,
            .array(
              counts.map { .object([("name", .string($0.name)), ("count", .int($0.learners))]) })
          )
        }
      return JSON.object(members).serialized(pretty: true) + "\n"
    case .html:
      return html(report)
    case .csv:
      var rows = [["section", "name", "count", "unit"]]
      rows.append(["Learners", "all", String(report.learners), "learners"])
      rows.append(["Hours of learning", "all", String((report.totalMinutes + 30) / 60), "hours"])
      for section in sections(report) {
        rows += section.counts.map { [section.title, $0.name, String($0.learners), section.unit] }
      }
      return CSVFormat.table(rows)
    }
  }

  static let styleSheet: HTML = """
    body{font-family:Arial,Helvetica,sans-serif;color:#212b32;max-width:56rem;margin:1rem auto;padding:0 1rem}
    svg text{font-size:13px;fill:#212b32}rect{fill:#005eb8}
    """

  private func html(_ report: PopulationReport) -> String {
    var out: HTML = """
      <main>
      <h1>Population report</h1>
      <p>\(report.learners) learners; their plans add up to \((report.totalMinutes + 30) / 60) hours of learning.</p>

      """
    for (index, section) in sections(report).enumerated() {
      out +=
        "<section aria-labelledby=\"s\(index)\"><h2 id=\"s\(index)\">\(section.title)</h2>\n"
      let counts = Array(section.counts.prefix(20))
      guard let most = counts.map(\.learners).max(), most > 0 else {
        out += "<p>None.</p></section>\n"
        continue
      }
      let rowHeight = 22
      out +=
        "<svg role=\"img\" aria-labelledby=\"s\(index)\" width=\"100%\" viewBox=\"0 0 720 \(counts.count * rowHeight + 4)\">\n"
      for (row, count) in counts.enumerated() {
        let y = row * rowHeight
        let width = max(1, 360 * count.learners / most)
        out += "<text x=\"0\" y=\"\(y + 15)\">\(count.name)</text>"
        out += "<rect x=\"260\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\"></rect>"
        out +=
          "<text x=\"\(268 + width)\" y=\"\(y + 15)\">\(count.learners) \(section.unit)</text>\n"
      }
      out += "</svg></section>\n"
    }
    out += "</main>\n"
    return HTMLPage(title: "Population report", styleSheet: Self.styleSheet, body: out).html
      .description
  }
}
