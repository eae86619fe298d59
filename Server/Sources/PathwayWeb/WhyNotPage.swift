import Hummingbird
import Pathway

/// Why a resource is in the learner's plan, or why not, and what of theirs would change it, in
/// the learner's words: no ids, positions or scores (those are for `pathway explain`).
struct WhyNotPage {
  let framework: Framework
  let explanation: Explanation
  /// The way back to the plan.
  let back: HTML

  var html: HTML {
    Page(title: "Why, or why not", main: main).html
  }

  private var main: HTML {
    let resource = explanation.resource
    let isIn = [.planned, .mandatory].contains(explanation.status)
    let capabilities = resource.capabilities.map { id in
      framework.capabilities.first { $0.id.value == id.value }?.name ?? id.value
    }
    let title: HTML =
      HTMLEscaping.isWebLink(resource.url.value)
      ? "<a href=\"\(resource.url.value)\">\(resource.title)</a>"
      : "\(resource.title)"
    return """
      <h1>\(resource.title) is \(isIn ? "" : "not ")in your plan</h1>
      <p><strong class="tag">\(Self.statusName(explanation.status))</strong></p>
      <p class="lede">\(explanation.learnerText)</p>
      \(explanation.learnerChange.map { (change) -> HTML in "<h2>What would change this</h2>\n<p>\(change)</p>" } ?? "")
      <h2>About this resource</h2>
      <dl class="summary-list">
      <dt>Title</dt><dd>\(title)</dd>
      <dt>Provider</dt><dd>\(resource.provider)</dd>
      <dt>Time</dt><dd>\(PlanRenderer.duration(resource.minutes.value))</dd>
      <dt>Level</dt><dd>\(framework.levelName(resource.level.value)) (\(resource.level.value))</dd>
      <dt>Capabilities</dt><dd>\(capabilities.joined(separator: ", "))</dd>
      </dl>
      \(back)
      """
  }

  /// The page for a resource that is not in the catalogue.
  static func notFound(back: HTML) -> Response {
    Reply.page(
      Page(
        title: "Resource not found",
        main: """
          <h1>Resource not found</h1>
          <p>That resource is not in the catalogue. Choose one from the list on your plan.</p>
          \(back)
          """
      ).html, status: .notFound)
  }

  /// The status in words.
  static func statusName(_ status: ExplanationStatus) -> String {
    switch status {
    case .planned: "In your plan"
    case .mandatory: "Required"
    case .completed: "Already done"
    case .notForArchetype: "Not meant for your group"
    case .excluded: "Left out by a rule or your preferences"
    case .notSelected: "Not needed for your gaps"
    case .prerequisiteMissing: "Needs something first"
    case .overBudget: "Does not fit your time"
    case .outranked: "Other resources fit better"
    }
  }
}
