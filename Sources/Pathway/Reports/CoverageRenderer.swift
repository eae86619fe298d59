/// The forms a coverage report can be printed in.
public enum CoverageFormat: String, Sendable, CaseIterable {
  case text, json, html, csv
}

/// Prints a coverage matrix: text for a terminal, JSON for tools, CSV (a row a cell) for a
/// spreadsheet, HTML as a heat map that also shows every number (colour is never the only signal).
public struct CoverageRenderer: Sendable {
  public var format: CoverageFormat
  public var framework: Framework

  /// A renderer for one form.
  public init(format: CoverageFormat, framework: Framework) {
    self.format = format
    self.framework = framework
  }

  /// The report, ending with a newline.
  public func render(_ coverage: Coverage) -> String {
    switch format {
    case .text: text(coverage)
    case .json: json(coverage).serialized(pretty: true) + "\n"
    case .html: html(coverage)
    case .csv: csv(coverage)
    }
  }

  private func csv(_ coverage: Coverage) -> String {
    let header = ["capability", "archetype", "target", "resources", "hole", "learners"]
    return CSVFormat.table(
      [header]
        + coverage.cells.map { cell in
          [
            cell.capability, cell.archetype, String(cell.target), String(cell.resources),
            cell.isHole ? "true" : "false", cell.learners.map(String.init) ?? "",
          ]
        })
  }

  /// `target/resources`, `–` where nothing is expected, and `✗` on a hole.
  static func label(_ cell: Coverage.Cell) -> String {
    cell.target == 0 ? "–" : "\(cell.target)/\(cell.resources)" + (cell.isHole ? " ✗" : "")
  }

  private func text(_ coverage: Coverage) -> String {
    let width = (coverage.capabilities.map(\.count).max() ?? 10) + 2
    func pad(_ text: String, _ size: Int) -> String {
      text + String(repeating: " ", count: Swift.max(1, size - text.count))
    }
    var out =
      "Coverage of \(coverage.framework): target level / resources that reach it (✗ none does)\n\n"
    out +=
      (pad("capability", width) + coverage.archetypes.map { pad($0, 10) }.joined())
      .trimmingTrailingWhitespace + "\n"
    for capability in coverage.capabilities {
      out += pad(capability, width)
      for archetype in coverage.archetypes {
        out += pad(coverage.cell(capability, archetype).map(Self.label) ?? "", 10)
      }
      out = out.trimmingTrailingWhitespace + "\n"
    }
    let holes = coverage.holes
    out += "\n"
    if holes.isEmpty {
      out += "No holes: every target above 0 can be reached by at least one resource.\n"
    } else {
      out +=
        "\(holes.count) hole\(holes.count == 1 ? "" : "s") (no resource brings the archetype to its target):\n"
      for hole in holes {
        let learners =
          hole.learners.map { ", \($0) learner\($0 == 1 ? "" : "s") with this gap" } ?? ""
        out += "  \(hole.capability) for \(hole.archetype): target \(hole.target)\(learners)\n"
      }
    }
    if let population = coverage.population { out += "Population: \(population) learners.\n" }
    return out
  }

  private func json(_ coverage: Coverage) -> JSON {
    func cell(_ cell: Coverage.Cell) -> JSON {
      .object([
        ("capability", .string(cell.capability)), ("archetype", .string(cell.archetype)),
        ("target", .int(cell.target)), ("resources", .int(cell.resources)),
        ("hole", .bool(cell.isHole)), ("learners", .optional(cell.learners, JSON.int)),
      ])
    }
    return .object([
      ("framework", .string(coverage.framework)),
      ("archetypes", .array(coverage.archetypes.map(JSON.string))),
      ("capabilities", .array(coverage.capabilities.map(JSON.string))),
      ("population", .optional(coverage.population, JSON.int)),
      ("cells", .array(coverage.cells.map(cell))),
      ("holes", .array(coverage.holes.map(cell))),
    ])
  }

  private func html(_ coverage: Coverage) -> String {
    let names = PlanVocabulary(framework: framework)
    var out: HTML = """
      <main>
      <h1>Coverage of \(coverage.framework)</h1>
      <p>Each cell shows the level the framework expects of the archetype, then how many resources can bring a learner of that archetype there. A cell marked ✗ is a hole: no resource reaches the target. Darker cells have more resources.</p>
      <table>
      <caption>Target level / resources that reach it</caption>
      <thead><tr><th scope="col">Capability</th>
      """
    for archetype in coverage.archetypes {
      out += "<th scope=\"col\">\(names.archetypeName(archetype))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for capability in coverage.capabilities {
      out +=
        "<tr><th scope=\"row\">\(names.capabilityName(capability)) <code>\(capability)</code></th>"
      for archetype in coverage.archetypes {
        guard let cell = coverage.cell(capability, archetype) else { continue }
        let shade =
          cell.target == 0 ? "none" : cell.isHole ? "hole" : cell.resources >= 3 ? "many" : "some"
        let learners: HTML = cell.learners.map { "<br><small>\($0) with this gap</small>" } ?? ""
        out += "<td class=\"\(shade)\">\(Self.label(cell))\(learners)</td>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    let holes = coverage.holes
    out += "<h2>Holes</h2>\n"
    if holes.isEmpty {
      out += "<p>None: every target above 0 can be reached by at least one resource.</p>\n"
    } else {
      out += "<ol>\n"
      for hole in holes {
        let learners = hole.learners.map { ", \($0) learners with this gap" } ?? ""
        out +=
          "<li>\(names.capabilityName(hole.capability)) for \(names.archetypeName(hole.archetype)): target \(hole.target)\(learners)</li>\n"
      }
      out += "</ol>\n"
    }
    out += "</main>\n"
    return HTMLPage(
      title: "Coverage of \(coverage.framework)", styleSheet: Self.styleSheet, body: out
    )
    .html.description
  }

  static let styleSheet: HTML = """
    body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:1rem auto;max-width:64rem;padding:0 1rem}
    table{border-collapse:collapse}th,td{border:1px solid #768692;padding:.25rem .5rem;text-align:center}
    th[scope=row]{text-align:left}caption{text-align:left;font-weight:bold;padding:.5rem 0}
    td.none{background:#f0f4f5}td.hole{background:#fde8e8;font-weight:bold;outline:2px solid #d5281b}
    td.some{background:#e6f4ea}td.many{background:#b7dfc1}
    """
}
