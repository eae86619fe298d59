/// A plan as one self-contained, accessible HTML page with a print stylesheet.
struct HTMLPlanRenderer {
  let names: PlanVocabulary

  func render(_ plan: Plan) -> String {
    let title = "Learning plan" + (plan.learner.map { " for \($0)" } ?? "")
    let body: HTML = """
      <header><h1>\(title)</h1>
      <p>\(names.archetypeName(plan.archetype)), \(plan.profession). \(names.totals(plan)).</p></header>
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
    if !step.closes.isEmpty { out += "<dt>Raises</dt><dd>\(names.closes(step))</dd>\n" }
    out += "</dl>\n"
    let reasons = PlanVocabulary.reasons(step)
    if !reasons.isEmpty {
      out += "<p class=\"why\"><strong>Why:</strong> \(reasons.joined(separator: " "))</p>\n"
    }
    return out + "</article></li>\n"
  }

  private func renderGaps(_ plan: Plan) -> HTML {
    guard !plan.gaps.isEmpty else { return "" }
    var out: HTML =
      "<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">Gaps</h2>\n<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"gaps\" tabindex=\"0\">\n<table>\n<caption>Each capability below its target: where you are, where you aim, and what closes it</caption>\n"
    out +=
      "<thead><tr><th scope=\"col\">Capability</th><th scope=\"col\">Assessed</th><th scope=\"col\">Target</th><th scope=\"col\">Closed by</th><th scope=\"col\">Left</th></tr></thead>\n<tbody>\n"
    for gap in plan.gaps {
      out +=
        "<tr><th scope=\"row\">\(names.capabilityName(gap.capability))</th><td>\(gap.assessed)</td><td>\(gap.target)</td><td>\(gap.closedBy.joined(separator: ", "))</td><td>\(gap.remaining)</td></tr>\n"
    }
    out += "</tbody>\n</table>\n</div>\n"
    if !plan.uncovered.isEmpty {
      out += "<h3>Not covered by this plan</h3>\n<ul>\n"
      for uncovered in plan.uncovered {
        out +=
          "<li><strong>\(names.capabilityName(uncovered.capability))</strong>: \(uncovered.gap) level\(uncovered.gap == 1 ? "" : "s") left, \(uncovered.reason)</li>\n"
      }
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  static let styleSheet: HTML = """
    body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#212b32;background:#f0f4f5;margin:0 auto;max-width:48rem;padding:1rem}
    a{color:#005eb8}a:visited{color:#330072}a:focus{outline:3px solid #ffeb3b;background:#ffeb3b;color:#212b32}
    h1,h2,h3{line-height:1.25}article{background:#fff;border-left:4px solid #005eb8;padding:.5rem 1rem;margin:0 0 1rem}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem}dt{font-weight:bold}dd{margin:0}
    .tag{display:inline-block;border:2px solid #212b32;padding:0 .5rem}table{border-collapse:collapse;width:100%;background:#fff}.table-scroll{overflow-x:auto}.table-scroll:focus{outline:3px solid #ffeb3b}
    th,td{border:1px solid #d8dde0;padding:.25rem .5rem;text-align:left}caption{text-align:left;font-weight:bold}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    @media print{body{background:#fff;max-width:none}article{border:1px solid #000;break-inside:avoid}a{color:#000}a[href]::after{content:" (" attr(href) ")"}}
    """
}
