import Foundation
import Pathway
import PathwayStore

/// The controls of a saved plan, reached through a session: the resume key once, progress on
/// each step, why not, downloads, and the record's own actions (sign out, delete).
struct RecordPlanControls {
  let resources: [Resource]
  let plan: Plan
  let record: StoredRecord
  let session: Sessions.Session
  /// The resume key, on the one page that shows it after saving.
  let newKey: String?
  /// What the learner has just changed, said at the top of the page.
  var notice: Notice?

  /// The name of the query field that says what was just changed (no personal data: a status).
  static let noticeField = "marked"

  /// A change of progress just made, named by the status sent.
  enum Notice: String {
    case done, started, undo

    var html: HTML {
      switch self {
      case .done:
        """
        <div class="panel" role="status"><h2 class="heading-s">Marked as done</h2>
        <p>It is taken out of your plan, and the time it took goes to the next steps. If you can do more now, <a href="/my-plan/reassess">reassess yourself</a>: your plan works from the levels you give.</p></div>
        """
      case .started:
        "<div class=\"panel\" role=\"status\"><p>Marked as started. Mark it done when you finish.</p></div>"
      case .undo:
        "<div class=\"panel\" role=\"status\"><p>Your progress on that step is undone.</p></div>"
      }
    }
  }

  var controls: PlanControls {
    PlanControls(
      top: (notice?.html ?? "") + keyPanel,
      change: """
        <p class="actions"><a class="button button-secondary" href="/my-plan/reassess">Reassess yourself</a> <a href="/my-plan/history">Your assessments so far</a></p>
        """,
      afterPlan: """
        \(progress)
        \(PlanControls.whyNot(resources, action: "/my-plan/why-not", method: "get", carried: ""))
        \(keep)
        \(account)
        """,
      backFromPrint: "<p><a href=\"/my-plan\">Back to your plan</a></p>")
  }

  private var keyPanel: HTML {
    guard let newKey else { return "" }
    return """
      <section class="panel" aria-labelledby="resume-key">
      <h2 id="resume-key">Your plan is saved</h2>
      <p>To come back to it on another device, enter this resume key on the <a href="/resume">come back to your plan</a> page:</p>
      <p class="resume-key"><strong>\(newKey)</strong></p>
      <p>Write it down or keep it somewhere safe. It is shown only this once, and a lost key cannot be recovered: nobody, not even the service, can find it again.</p>
      </section>
      """
  }

  private var progress: HTML {
    let started = Set(record.progress.filter { $0.status == "started" }.map(\.resource))
    let steps = plan.steps.sorted { $0.order < $1.order }.map { (step) -> HTML in
      let id = step.resource.id.value
      let title = step.resource.title
      let isStarted = started.contains(id)
      return """
        <li>
        <p><strong>Step \(step.order): \(title)</strong>\(isStarted ? " <span class=\"tag\">Started</span>" as HTML : "")</p>
        \(button("Mark as done", status: "done", resource: id, title: title))
        \(isStarted ? button("Undo", status: "undo", resource: id, title: title) : button("Started", status: "started", resource: id, title: title))
        </li>
        """
    }
    let titles = Dictionary(resources.map { ($0.id.value, $0.title) }) { first, _ in first }
    let done = record.progress.filter { $0.status == "done" }.sorted { $0.at < $1.at }.map {
      (entry) -> HTML in
      let title = titles[entry.resource] ?? "A resource no longer in the catalogue"
      return """
        <li>
        <p><strong>\(title)</strong>, done on \(Self.date(entry.at))</p>
        \(button("Undo", status: "undo", resource: entry.resource, title: title))
        </li>
        """
    }
    return """
      <section aria-labelledby="progress">
      <h2 id="progress">Your progress</h2>
      <p>Mark a step done when you finish it: your plan is made again without it, and the time it took goes to the next steps.</p>
      <ul class="list">
      \(steps.joined(separator: "\n"))
      </ul>
      \(done.isEmpty ? "" : "<h3>Done</h3>\n<ul class=\"list\">\n" + done.joined(separator: "\n") + "\n</ul>")
      </section>
      """
  }

  /// One progress button for one resource, in a form of its own.
  private func button(_ label: String, status: String, resource: String, title: String) -> HTML {
    """
    <form method="post" action="/my-plan/progress" novalidate>
    \(CSRF.input(session))
    <input type="hidden" name="resource" value="\(resource)">
    <input type="hidden" name="status" value="\(status)">
    <button class="button button-secondary" type="submit">\(label)<span class="visually-hidden">: \(title)</span></button>
    </form>
    """
  }

  private var keep: HTML {
    let downloads = PlanPage.downloads.map { (download) -> HTML in
      "<li><a href=\"/my-plan.\(download.extension)\" download>\(download.name)</a></li>"
    }
    return """
      <section aria-labelledby="keep">
      <h2 id="keep">Keep a copy</h2>
      <ul class="list">
      \(downloads.joined(separator: "\n"))
      <li><a href="/my-plan/print">Print view</a></li>
      </ul>
      <h3>What you have done, and everything kept</h3>
      <ul class="list">
      <li><a href="/my-record.csv" download>Learning log (CSV)</a>: what you have done, with dates and minutes, for NMC revalidation or GMC appraisal</li>
      <li><a href="/my-record.json" download>Everything kept about you (JSON)</a></li>
      </ul>
      </section>
      """
  }

  private var account: HTML {
    """
    <section aria-labelledby="your-record">
    <h2 id="your-record">Your record</h2>
    <p>On a shared computer, sign out when you finish. You are signed out after a time without use.</p>
    <form method="post" action="/sign-out" novalidate>
    \(CSRF.input(session))
    <button class="button" type="submit">Sign out</button>
    </form>
    <p><a href="/my-plan/delete">Delete my record</a> · <a href="/privacy">What is kept, and who can see it</a></p>
    </section>
    """
  }

  /// A day in words, in UTC: "4 December 2026".
  static func date(_ seconds: Int64) -> String {
    Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(
      Date.FormatStyle(
        date: .long, time: .omitted, locale: Locale(identifier: "en_GB"),
        timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt))
  }
}
