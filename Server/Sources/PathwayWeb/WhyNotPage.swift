import Pathway

/// Why a resource is in the learner's plan, or why not, and what of theirs would change it, in
/// the learner's words: no ids, positions or scores (those are for `pathway explain`).
struct WhyNotPage {
  let framework: Framework
  let answers: LearnerAnswers
  let explanation: Explanation

  var html: String {
    Page(title: "Why, or why not", main: main).html
  }

  private var main: String {
    let resource = explanation.resource
    let isIn = [.planned, .mandatory].contains(explanation.status)
    let capabilities = resource.capabilities.map { id in
      framework.capabilities.first { $0.id.value == id.value }?.name ?? id.value
    }
    let title =
      HTMLEscaping.isWebLink(resource.url.value)
      ? "<a href=\"\(escaped(resource.url.value))\">\(escaped(resource.title))</a>"
      : escaped(resource.title)
    return """
      <h1>\(escaped(resource.title)) is \(isIn ? "" : "not ")in your plan</h1>
      <p><strong class="tag">\(escaped(Self.statusName(explanation.status)))</strong></p>
      <p class="lede">\(escaped(explanation.learnerText))</p>
      \(explanation.learnerChange.map { "<h2>What would change this</h2>\n<p>\(escaped($0))</p>" } ?? "")
      <h2>About this resource</h2>
      <dl class="summary-list">
      <dt>Title</dt><dd>\(title)</dd>
      <dt>Provider</dt><dd>\(escaped(resource.provider))</dd>
      <dt>Time</dt><dd>\(PlanRenderer.duration(resource.minutes.value))</dd>
      <dt>Level</dt><dd>\(escaped(framework.levelName(resource.level.value))) (\(resource.level.value))</dd>
      <dt>Capabilities</dt><dd>\(escaped(capabilities.joined(separator: ", ")))</dd>
      </dl>
      <p><a href="/plan?\(escaped(answers.query))">Back to your plan</a></p>
      """
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
