/// A plan as one self-contained, accessible HTML page with a print stylesheet.
struct HTMLPlanRenderer {
  let names: PlanVocabulary

  private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

  /// Escaped text where `0 → 1` never breaks across lines.
  private func keepingArrows(_ text: String) -> String {
    e(text).replacingAll(" → ", with: "&nbsp;→&nbsp;")
  }

  func render(_ plan: Plan) -> String {
    let title = "Learning plan" + (plan.learner.map { " for \($0)" } ?? "")
    var out = HTMLEscaping.pageStart(title: title, styleSheet: Self.styleSheet)
    out += """
      <header><h1>\(e(title))</h1>
      <p>\(e(names.summary(plan)))</p></header>
      <main>

      """
    out += content(plan)
    out +=
      "</main>\n<footer><p>Framework \(e(plan.framework)); Pathway \(e(plan.provenance.engine)); inputs \(e(plan.provenance.inputs)).</p></footer>\n</body>\n</html>\n"
    return out
  }

  /// The plan's sections (its phases with their steps, then its gaps), without the page.
  func content(_ plan: Plan) -> String {
    var out = ""
    if plan.steps.isEmpty { out += "<p>\(e(names.emptyPlanSentence(plan)))</p>\n" }
    for phase in plan.phases {
      out +=
        "<section aria-labelledby=\"phase-\(phase.steps.first ?? 0)\">\n<h2 id=\"phase-\(phase.steps.first ?? 0)\">\(e(phase.name))</h2>\n<ol class=\"steps\">\n"
      for order in phase.steps {
        guard let step = plan.steps.first(where: { $0.order == order }) else { continue }
        out += renderStep(step)
      }
      out += "</ol>\n</section>\n"
    }
    return out + renderGaps(plan)
  }

  private func renderStep(_ step: Plan.Step) -> String {
    let resource = step.resource
    let duration = PlanVocabulary.duration(resource.minutes.value)
    let name = e(resource.title)
    let heading =
      HTMLEscaping.isWebLink(resource.url.value)
      ? "<a href=\"\(e(resource.url.value))\">\(name) <span class=\"visually-hidden\">(\(e(duration)))</span></a>"
      : name
    var out = "<li value=\"\(step.order)\"><article>\n<h3>\(heading)</h3>\n"
    if step.isMandatory { out += "<p class=\"tag\"><strong>Required</strong></p>\n" }
    out +=
      "<dl>\n<dt>Time</dt><dd>\(e(duration))</dd>\n<dt>Provider</dt><dd>\(e(resource.provider))</dd>\n"
    out +=
      "<dt>Format</dt><dd>\(e(resource.format))</dd>\n<dt>Level</dt><dd>\(e(names.level(resource.level.value)))</dd>\n"
    out += "<dt>Cost</dt><dd>\(e(PlanVocabulary.cost(resource.cost)))</dd>\n"
    if !step.closes.isEmpty {
      out += "<dt>Raises</dt><dd>\(keepingArrows(names.closes(step)))</dd>\n"
    }
    out += "</dl>\n"
    if !step.reasons.isEmpty {
      out +=
        "<p class=\"why\"><strong>Why:</strong> \(step.reasons.map(e).joined(separator: " "))</p>\n"
    }
    return out + "</article></li>\n"
  }

  private func renderGaps(_ plan: Plan) -> String {
    guard !plan.gaps.isEmpty else { return "" }
    let columns = ["Capability", "You are at", "Target", "Closed by", "Left"]
    var out =
      "<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">Gaps</h2>\n<p>Each capability below its target: where you are, where you aim, and which steps close it.</p>\n<table class=\"gaps\">\n"
    out +=
      "<thead><tr>\(columns.map { "<th scope=\"col\">\($0)</th>" }.joined())</tr></thead>\n<tbody>\n"
    for gap in plan.gaps {
      let cells = [
        String(gap.assessed), String(gap.target), names.stepNumbers(closing: gap, in: plan) ?? "",
        gap.remaining > 0 ? names.levelsLeft(gap.remaining) : "none",
      ]
      let data = zip(columns.dropFirst(), cells).map {
        "<td data-label=\"\($0)\">\(e($1))</td>"
      }
      out +=
        "<tr><th scope=\"row\">\(e(names.capabilityName(gap.capability)))</th>\(data.joined())</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if !plan.uncovered.isEmpty {
      out += "<h3>Not covered by this plan</h3>\n<ul>\n"
      for uncovered in plan.uncovered { out += "<li>\(e(uncovered.text))</li>\n" }
      out += "</ul>\n"
    }
    if !plan.advice.isEmpty {
      out += "<h3>What would help</h3>\n<ul>\n"
      for advice in plan.advice { out += "<li>\(e(advice.text))</li>\n" }
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  /// The gaps table's rows stacked, each cell under its column's name, on narrow screens.
  static let stackedTable = """
    @media (max-width:40em){table.gaps thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.gaps,table.gaps tbody,table.gaps tr,table.gaps th,table.gaps td{display:block;width:100%}table.gaps tr{margin-bottom:1rem;border:1px solid #d8dde0}table.gaps th,table.gaps td{border:0;border-bottom:1px solid #d8dde0}table.gaps td::before{content:attr(data-label) ": ";font-weight:bold}}
    """

  static let styleSheet = """
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
