import Hummingbird
import Pathway

/// The learner's plan: the same content as `pathway plan --format html`, with the controls of
/// where it came from around it: the answers carried in forms (nothing kept), or a saved record.
struct PlanPage {
  let framework: Framework
  let plan: Plan
  var isPrintView = false
  let controls: PlanControls

  /// The downloads: the path after `/plan.` (or `/my-plan.`), and what to call each.
  static let downloads: [(format: PlanFormat, extension: String, name: String)] = [
    (.ics, "ics", "Calendar (ICS)"), (.csv, "csv", "Spreadsheet (CSV)"),
    (.markdown, "md", "Markdown"), (.json, "json", "JSON"),
  ]

  /// A calendar's study sessions: from today, two hours a week (as `pathway plan` lays them out).
  static var schedule: Schedule { Schedule(start: .today, minutesPerWeek: 120) }

  private static let contentTypes: [PlanFormat: String] = [
    .ics: "text/calendar; charset=utf-8", .csv: "text/csv; charset=utf-8",
    .markdown: "text/markdown; charset=utf-8", .json: "application/json; charset=utf-8",
  ]

  /// The plan as a file to save, in one of the download formats.
  static func download(
    _ plan: Plan, framework: Framework, format: PlanFormat, extension: String
  ) -> Response {
    let renderer = PlanRenderer(format: format, framework: framework, schedule: schedule)
    return Reply.download(
      renderer.render(plan), type: contentTypes[format] ?? "text/plain",
      filename: "pathway-plan.\(`extension`)")
  }

  var html: HTML {
    Page(title: "Your learning plan", isPrintView: isPrintView, main: main).html
  }

  private var main: HTML {
    let renderer = PlanRenderer(format: .html, framework: framework, schedule: Self.schedule)
    let head: HTML = """
      <h1>Your learning plan</h1>
      <p class="lede">\(renderer.summary(plan))</p>
      <p>Work through the steps in their numbered order: a step that needs another comes after it.</p>
      """
    let sections = renderer.htmlSections(plan)
    guard !isPrintView else {
      return head + "\n<div class=\"no-print\">\(controls.backFromPrint)</div>\n" + sections
    }
    return """
      \(controls.top)
      \(head)
      \(controls.change)
      \(sections)
      \(controls.afterPlan)
      """
  }
}

/// What a plan page offers around the plan: how to change the answers, ask why not, keep it.
struct PlanControls {
  /// Before the heading: a message for the learner, if any.
  var top: HTML = ""
  /// Under the summary: how to change the answers.
  var change: HTML
  /// After the plan: why not, the downloads, and whatever else the page offers.
  var afterPlan: HTML
  /// The print view's way back.
  var backFromPrint: HTML

  /// The "why not" form, sent to `action` with `carried` fields.
  static func whyNot(
    _ resources: [Resource], action: String, method: String, carried: HTML
  ) -> HTML {
    let options = resources.sorted { $0.title < $1.title }.map { (resource) -> HTML in
      "<option value=\"\(resource.id.value)\">\(resource.title) (\(resource.provider))</option>"
    }
    return """
      <section aria-labelledby="why-not">
      <h2 id="why-not">Why is something not in your plan?</h2>
      <form method="\(method)" action="\(action)" novalidate>
      \(carried)
      <div class="form-group">
      <label class="label" for="resource">Choose a resource</label>
      <select class="select" id="resource" name="resource">
      <option value="">Select one</option>
      \(options.joined(separator: "\n"))
      </select>
      </div>
      <button class="button button-secondary" type="submit">Explain</button>
      </form>
      </section>
      """
  }

  /// The controls of a plan made from answers alone: every one a form that carries them in its
  /// body, never in an address.
  static func carrying(_ answers: LearnerAnswers, resources: [Resource]) -> PlanControls {
    let hidden = hiddenInputs(answers.fields)
    let downloads = PlanPage.downloads.map { (download) -> HTML in
      "<button class=\"button button-secondary\" type=\"submit\" formaction=\"/plan.\(download.extension)\">\(download.name)</button>"
    }
    return PlanControls(
      change: """
        <form method="post" action="/assess" novalidate>
        \(hidden)
        <button class="button button-secondary" type="submit">Change your answers</button>
        </form>
        """,
      afterPlan: """
        \(whyNot(resources, action: "/why-not", method: "post", carried: hidden))
        <section aria-labelledby="keep">
        <h2 id="keep">Keep your plan</h2>
        <p>Nothing you entered is kept here: download or print your plan to keep it.</p>
        <form method="post" action="/plan/print" novalidate>
        \(hidden)
        \(downloads.joined(separator: "\n"))
        <button class="button button-secondary" type="submit">Print view</button>
        </form>
        </section>
        """,
      backFromPrint: """
        <form method="post" action="/plan" novalidate>
        \(hidden)
        <button class="button button-secondary" type="submit">Back to your plan</button>
        </form>
        """)
  }
}
