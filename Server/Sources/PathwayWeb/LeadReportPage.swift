import Pathway

/// A workforce lead's page: their organisation's learners, commonest gaps and hours, from the
/// organisation's current records, with small numbers hidden as in the API.
struct LeadReportPage {
  let framework: Framework
  let organisation: String
  let report: SuppressedReport

  /// The form a lead enters their key in; with an error when a key did not match.
  static func form(threshold: Int, error: String? = nil) -> HTML {
    let errors = error.map { [FieldError(field: "key", message: $0)] } ?? []
    let message = ErrorSummary.message(for: "key", id: "key-error", in: errors)
    return Page(
      title: "Your organisation's report", hasErrors: !errors.isEmpty,
      main: """
        \(ErrorSummary(errors: errors) { $0 }.html)
        <h1>Your organisation's report</h1>
        <p class="lede">For workforce leads: what your organisation's learners need, from their saved plans. You see totals only, never a learner's answers or plan, and numbers under \(threshold) are hidden.</p>
        <form method="post" action="/lead" novalidate>
        <div class="form-group\(errors.isEmpty ? "" : " form-group-error")">
        <label class="label label-m" for="key">Your lead key</label>
        <p class="hint" id="key-hint">The key your service's operator gave you. It is not kept in your browser: enter it each time.</p>
        \(message)
        <input class="input\(errors.isEmpty ? "" : " input-error")" id="key" name="key" type="password" autocomplete="off" spellcheck="false" aria-describedby="key-hint\(errors.isEmpty ? "" : " key-error")">
        </div>
        <button class="button" type="submit">See the report</button>
        </form>
        """
    ).html
  }

  var html: HTML {
    Page(title: "Report for \(organisation)", main: main).html
  }

  private var main: HTML {
    guard !report.isSuppressed else {
      return """
        <h1>Report for \(organisation)</h1>
        <p class="lede">Fewer than \(report.threshold) learners of \(organisation) have saved a plan, too few to show anything without pointing at someone.</p>
        <p><a href="/lead">Back</a></p>
        """
    }
    let hours = (report.report.totalMinutes + 30) / 60
    let sections = report.sections.filter { !$0.rows.isEmpty }.map(section)
    return """
      <h1>Report for \(organisation)</h1>
      <p class="lede">\(report.report.learners) learners have saved a plan; their plans add up to \(hours) hours of learning. Numbers under \(report.threshold) are shown as “fewer than \(report.threshold)”, and small groups are counted together as “Other”.</p>
      \(sections.joined(separator: "\n"))
      <p>The same figures as JSON, for a spreadsheet or a dashboard: <code>GET /api/organisations/\(organisation)/report</code> with your key.</p>
      """
  }

  private func section(_ section: SuppressedReport.Section) -> HTML {
    let most = section.rows.map(\.count).max() ?? 1
    let rows = section.rows.map { (row) -> HTML in
      let count = report.shown(row.count) ?? "fewer than \(report.threshold)"
      return """
        <tr><th scope="row">\(name(row.name, in: section))</th><td>\(count)</td><td aria-hidden="true"><meter min="0" max="\(most)" value="\(report.shown(row.count) == nil ? 0 : row.count)"></meter></td></tr>
        """
    }
    return """
      <section aria-labelledby="\(section.key)">
      <h2 id="\(section.key)">\(section.title)</h2>
      <table class="report">
      <thead><tr><th scope="col">\(section.key.hasSuffix("Gaps") ? "Capability" : "Group")</th><th scope="col">\(section.unit.prefix(1).uppercased() + section.unit.dropFirst())</th><th scope="col"><span class="visually-hidden">Chart</span></th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>
      </section>
      """
  }

  /// A row's name as people read it: archetypes and capabilities by their names.
  private func name(_ name: String, in section: SuppressedReport.Section) -> String {
    if name == "other" { return "Other" }
    switch section.key {
    case "byArchetype", "hoursByArchetype": return framework.archetype(name)?.name ?? name
    case "commonestGaps", "unclosableGaps":
      return framework.capabilities.first { $0.id.value == name }?.name ?? name
    default: return name
    }
  }
}
