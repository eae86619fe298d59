import Pathway

/// A record over time, in the learner's words: what a reassessment changed and what the new
/// plan brings, and the history of every assessment with its date.
struct RecordHistoryPages {
  let framework: Framework

  /// One assessment of the history: its day, and what changed since the one before (nil for
  /// the first, or for answers that no longer fit the rules).
  struct Entry {
    let at: Int64
    let changes: [RecordPlanner.LevelChange]?
  }

  /// After a reassessment: each capability that moved, then the steps the new plan adds and
  /// those it no longer needs.
  func changes(_ changes: [RecordPlanner.LevelChange], from old: Plan, to new: Plan) -> HTML {
    let before = Set(old.steps.map(\.resource.id.value))
    let after = Set(new.steps.map(\.resource.id.value))
    let added = new.steps.filter { !before.contains($0.resource.id.value) }
    let dropped = old.steps.filter { !after.contains($0.resource.id.value) }
    return Page(
      title: "What changed",
      main: """
        <h1>What changed</h1>
        <p class="lede">Your new answers are saved, and your plan is made again from them.</p>
        <h2>Your levels</h2>
        \(levels(changes))
        <h2>Your plan</h2>
        \(steps(added, heading: "New in your plan", none: "Your plan has no new steps."))
        \(steps(dropped, heading: "No longer in your plan", none: ""))
        <p><a class="button" href="/my-plan">See your plan</a></p>
        <p><a href="/my-plan/history">Your assessments so far</a></p>
        """
    ).html
  }

  /// Every assessment, newest first, with what each changed.
  func history(_ entries: [Entry]) -> HTML {
    let items = entries.reversed().enumerated().map { (index, entry) -> HTML in
      let isFirst = index == entries.count - 1
      let body: HTML =
        isFirst
        ? "<p>Your first assessment.</p>"
        : entry.changes.map(levels) ?? "<p>These answers no longer fit this service's rules.</p>"
      return """
        <li>
        <h2 class="heading-s">\(RecordPlanControls.date(entry.at))</h2>
        \(body)
        </li>
        """
    }
    return Page(
      title: "Your assessments",
      main: """
        <h1>Your assessments</h1>
        <p class="lede">Each time you rate yourself, the answers are kept with the date, so that you can see how you have moved on.</p>
        <ol class="list history" reversed>
        \(items.joined(separator: "\n"))
        </ol>
        <p><a href="/my-plan/reassess">Reassess yourself</a> · <a href="/my-plan">Back to your plan</a></p>
        """
    ).html
  }

  private func levels(_ changes: [RecordPlanner.LevelChange]) -> HTML {
    guard !changes.isEmpty else { return "<p>No level changed.</p>" }
    let rows = changes.map { (change) -> HTML in
      let direction = change.to > change.from ? "up" : "down"
      return """
        <li>\(change.capability.name): \(direction) from \(framework.levelName(change.from)) to \(framework.levelName(change.to))</li>
        """
    }
    return "<ul class=\"list\">\n" + rows.joined(separator: "\n") + "\n</ul>"
  }

  private func steps(_ steps: [Plan.Step], heading: String, none: String) -> HTML {
    guard !steps.isEmpty else { return none.isEmpty ? "" : "<p>\(none)</p>" }
    let items = steps.map { (step) -> HTML in
      "<li>\(step.resource.title) (\(step.resource.provider), \(PlanVocabulary.duration(step.resource.minutes.value)))</li>"
    }
    return """
      <h3>\(heading)</h3>
      <ul class="list">
      \(items.joined(separator: "\n"))
      </ul>
      """
  }
}
