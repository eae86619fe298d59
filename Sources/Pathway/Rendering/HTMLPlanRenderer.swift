/// A plan as one self-contained, accessible HTML page with a print stylesheet.
struct HTMLPlanRenderer {
  let names: PlanVocabulary

  func render(_ plan: Plan) -> String {
    let title = "Learning plan" + (plan.learner.map { " for \($0)" } ?? "")
    let body: HTML = """
      <header><h1>\(title)</h1>
      <p>\(names.summary(plan))</p></header>
      <main>
      \(content(plan))</main>
      <footer><p>Framework \(plan.framework); Pathway \(plan.provenance.engine); inputs \(plan.provenance.inputs).</p></footer>

      """
    return HTMLPage(title: title, styleSheet: Self.styleSheet, body: body).html.description
  }

  /// The plan's sections (its phases with their steps, then its gaps), without the page.
  func content(_ plan: Plan) -> HTML {
    var out: HTML = ""
    if plan.steps.isEmpty { out += "<p>\(names.emptyPlanSentence(plan))</p>\n" }
    for phase in plan.phases {
      out +=
        "<section aria-labelledby=\"phase-\(phase.steps.first ?? 0)\">\n<h2 id=\"phase-\(phase.steps.first ?? 0)\">\(phase.name)</h2>\n<ol class=\"steps\">\n"
      for order in phase.steps {
        guard let step = plan.steps.first(where: { $0.order == order }) else { continue }
        out += renderStep(step)
      }
      out += "</ol>\n</section>\n"
    }
    return out + renderGaps(plan)
  }

  private func renderStep(_ step: Plan.Step) -> HTML {
    let resource = step.resource
    let duration = PlanVocabulary.duration(resource.minutes.value)
    let heading: HTML =
      HTMLEscaping.isWebLink(resource.url.value)
      ? "<a href=\"\(resource.url.value)\">\(resource.title) <span class=\"visually-hidden\">(\(duration))</span></a>"
      : "\(resource.title)"
    var out: HTML = "<li value=\"\(step.order)\"><article>\n<h3>\(heading)</h3>\n"
    if step.isMandatory { out += "<p class=\"tag\"><strong>Required</strong></p>\n" }
    out +=
      "<dl>\n<dt>Time</dt><dd>\(duration)</dd>\n<dt>Provider</dt><dd>\(resource.provider)</dd>\n"
    out +=
      "<dt>Format</dt><dd>\(resource.format)</dd>\n<dt>Level</dt><dd>\(names.level(resource.level.value))</dd>\n"
    out += "<dt>Cost</dt><dd>\(PlanVocabulary.cost(resource.cost))</dd>\n"
    if !step.closes.isEmpty {
      out += "<dt>Raises</dt><dd>\(Self.keepingArrows(names.closes(step)))</dd>\n"
    }
    out += "</dl>\n"
    if !step.reasons.isEmpty {
      out += "<p class=\"why\"><strong>Why:</strong> \(step.reasons.joined(separator: " "))</p>\n"
    }
    return out + "</article></li>\n"
  }

  /// Text escaped, where `0 → 1` never breaks across lines.
  static func keepingArrows(_ text: String) -> HTML {
    text.components(separatedBy: " → ").map { "\($0)" as HTML }.joined(separator: "&nbsp;→&nbsp;")
  }

  private func renderGaps(_ plan: Plan) -> HTML {
    guard !plan.gaps.isEmpty else { return "" }
    let columns = ["Capability", "You are at", "Target", "Worked on in", "Left"]
    var out: HTML =
      "<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">Gaps</h2>\n<p>Each capability below its target: where you are, where you aim, and which steps work on it.</p>\n<table class=\"gaps\">\n"
    let headings = columns.map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
    out += "<thead><tr>\(headings)</tr></thead>\n<tbody>\n"
    for gap in plan.gaps {
      let cells = [
        String(gap.assessed), String(gap.target),
        names.stepNumbers(closing: gap, in: plan) ?? "no step yet",
        gap.remaining > 0 ? names.levelsLeft(gap.remaining) : "none",
      ]
      let data = zip(columns.dropFirst(), cells).map {
        "<td data-label=\"\($0)\">\($1)</td>" as HTML
      }
      out +=
        "<tr><th scope=\"row\">\(names.capabilityName(gap.capability))</th>\(data.joined())</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if !plan.uncovered.isEmpty {
      out += "<h3>Not covered by this plan</h3>\n<ul>\n"
      for line in names.uncoveredLines(plan) { out += "<li>\(line)</li>\n" }
      out += "</ul>\n"
    }
    if !plan.advice.isEmpty {
      out += "<h3>What would help</h3>\n<ul>\n"
      for advice in plan.advice { out += "<li>\(advice.text)</li>\n" }
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  /// The gaps table's rows stacked, each cell under its column's name, on narrow screens.
  static let stackedTable: HTML = """
    @media (max-width:40em){table.gaps thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.gaps,table.gaps tbody,table.gaps tr,table.gaps th,table.gaps td{display:block;width:100%}table.gaps tr{margin-bottom:1rem;border:1px solid #d8dde0}table.gaps th,table.gaps td{border:0;border-bottom:1px solid #d8dde0}table.gaps td::before{content:attr(data-label) ": ";font-weight:bold}}
    """

  static let styleSheet: HTML = """
    body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#212b32;background:#f0f4f5;margin:0 auto;max-width:48rem;padding:1rem}
    a{color:#005eb8}a:visited{color:#330072}a:focus{outline:3px solid #ffeb3b;background:#ffeb3b;color:#212b32}
    h1,h2,h3{line-height:1.25}article{background:#fff;border-left:4px solid #005eb8;padding:.5rem 1rem;margin:0 0 1rem}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem}dt{font-weight:bold}dd{margin:0}
    .tag{display:inline-block;border:2px solid #212b32;padding:0 .5rem}table{border-collapse:collapse;width:100%;background:#fff}
    th,td{border:1px solid #d8dde0;padding:.25rem .5rem;text-align:left}
    \(stackedTable)
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    @media print{body{background:#fff;max-width:none}article{border:1px solid #000;break-inside:avoid}a{color:#000}a[href]::after{content:" (" attr(href) ")"}}
    """
}
