import Pathway

/// The learner's plan: the same content as `pathway plan --format html`, then "why not?" for any
/// resource, the downloads, a print view, and a link that carries the answers.
struct PlanPage {
  let framework: Framework
  let resources: [Resource]
  let answers: LearnerAnswers
  let plan: Plan
  var isPrintView = false

  /// The downloads: the path after `/plan.`, and what to call each.
  static let downloads: [(format: PlanFormat, extension: String, name: String)] = [
    (.ics, "ics", "Calendar (ICS)"), (.csv, "csv", "Spreadsheet (CSV)"),
    (.markdown, "md", "Markdown"), (.json, "json", "JSON"),
  ]

  /// A calendar's study sessions: from today, two hours a week (as `pathway plan` lays them out).
  static var schedule: Schedule { Schedule(start: .today, minutesPerWeek: 120) }

  var html: HTML {
    Page(title: "Your learning plan", isPrintView: isPrintView, main: main).html
  }

  private var main: HTML {
    let renderer = PlanRenderer(
      format: .html, framework: framework, schedule: Self.schedule)
    let query = answers.query
    let head: HTML = """
      <h1>Your learning plan</h1>
      <p class="lede">\(renderer.summary(plan))</p>
      <p>Work through the steps in their numbered order: a step that needs another comes after it.</p>
      """
    let sections = renderer.htmlSections(plan)
    guard !isPrintView else {
      return head + "\n<p class=\"no-print\"><a href=\"/plan?\(query)\">Back to your plan</a></p>\n"
        + sections
    }
    let options = resources.sorted { $0.title < $1.title }.map { (resource) -> HTML in
      "<option value=\"\(resource.id.value)\">\(resource.title) (\(resource.provider))</option>"
    }
    let downloads = Self.downloads.map { (download) -> HTML in
      "<li><a href=\"/plan.\(download.extension)?\(query)\" download>\(download.name)</a></li>"
    }
    return """
      \(head)
      <p><a href="/assess?\(query)">Change your answers</a></p>
      \(sections)
      <section aria-labelledby="why-not">
      <h2 id="why-not">Why is something not in your plan?</h2>
      <form method="get" action="/why-not" novalidate>
      \(hiddenInputs(answers.fields))
      <div class="form-group">
      <label class="label" for="resource">Choose a resource</label>
      <select class="select" id="resource" name="resource">
      \(options.joined(separator: "\n"))
      </select>
      </div>
      <button class="button button-secondary" type="submit">Explain</button>
      </form>
      </section>
      <section aria-labelledby="keep">
      <h2 id="keep">Keep your plan</h2>
      <ul class="list">
      \(downloads.joined(separator: "\n"))
      <li><a href="/plan/print?\(query)">Print view</a></li>
      </ul>
      <p><a href="/plan?\(query)">Link to this plan</a>: bookmark it to come back, or share it. The link holds your answers, so share it only with people you trust.</p>
      </section>
      """
  }
}
