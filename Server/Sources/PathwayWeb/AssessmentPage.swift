import Pathway

/// The self-assessment: one fieldset a capability, grouped by domain, each level with its name
/// and the framework's "I can ..." statements at that level; then time, formats, cost, and the
/// resources already done (searchable without script: the search button sends the form back
/// here).
struct AssessmentPage {
  let framework: Framework
  let resources: [Resource]
  let answers: LearnerAnswers
  let errors: [FieldError]
  /// What the learner searched the catalogue for, to mark resources done.
  let search: String
  /// Where the answers go.
  var submission = Submission.newPlan

  /// Where a self-assessment is sent: a new plan, or a saved record's reassessment.
  struct Submission {
    /// Where "Get my plan" sends the form.
    var action: String
    /// Where the catalogue search sends the form back to, keeping every answer.
    var searchAction: String
    /// The button that sends the answers.
    var label: String
    /// Hidden inputs beyond the answers (a CSRF token).
    var carried: HTML = ""
    /// Whether the learner may go back and change their group and profession.
    var canChangeRole = true

    /// A first assessment, for a new plan.
    static let newPlan = Submission(action: "/plan", searchAction: "/assess", label: "Get my plan")
  }

  /// The name of the field a search button sends, so that a search is told from a submission.
  static let searchingField = "searching"

  /// The name of the field that holds the search.
  static let searchField = "q"

  var html: HTML {
    Page(title: "Rate yourself", hasErrors: !errors.isEmpty, main: main).html
  }

  /// The id of the element a field's error links to.
  func anchor(_ field: String) -> String {
    typealias Field = LearnerAnswers.Field
    if field.hasPrefix(Field.levelPrefix) { return field + "-0" }
    switch field {
    case Field.format: return field + "-" + (availableFormats.first ?? "")
    case Field.completed: return Self.searchField
    case Field.archetype, Field.profession, Field.organisation, Field.join, Field.staffGroup:
      return "change-role"
    default: return field
    }
  }

  /// The formats some resource of the catalogue has, in the order of `Resource.formats`.
  private var availableFormats: [String] {
    let formats = Set(resources.map(\.format))
    return Resource.formats.filter(formats.contains)
  }

  private var archetypeName: String {
    framework.archetype(answers.archetype)?.name ?? answers.archetype
  }

  private var main: HTML {
    let domains = framework.domains.map(domainSection).joined(separator: "\n")
    let identity = LearnerAnswers.Field.identity
    return """
      \(ErrorSummary(errors: errors, anchor: anchor).html)
      <h1>Rate yourself</h1>
      <p class="lede">For each capability, choose the level that sounds most like you today. Under each one, the framework's own statements for your group, and the level your group is expected to reach, help you decide.</p>
      <form method="post" action="\(submission.action)" novalidate>
      <p id="change-role">You said you are in the <strong>\(archetypeName)</strong> group, working as \(PlanVocabulary.article(answers.profession)) <strong>\(answers.profession)</strong>.\(changeRole)</p>
      \(submission.carried)
      \(hiddenInputs(answers.fields.filter { identity.contains($0.name) }))
      \(domains)
      <h2>Your time and preferences</h2>
      \(hoursGroup)
      \(formatsGroup)
      \(freeOnlyGroup)
      <h2>Resources you have already done</h2>
      \(completedGroup)
      <button class="button" type="submit">\(submission.label)</button>
      </form>
      """
  }

  private var changeRole: HTML {
    guard submission.canChangeRole else { return "" }
    return
      " <button class=\"button button-secondary\" type=\"submit\" formaction=\"/\">Change this</button>"
  }

  private func domainSection(_ domain: Framework.Domain) -> HTML {
    """
    <section class="domain" aria-labelledby="domain-\(domain.id.value)">
    <h2 id="domain-\(domain.id.value)">\(domain.name)</h2>
    \(domain.description.map { (text) -> HTML in "<p>\(text)</p>" } ?? "")
    \(domain.capabilities.map(capabilityFieldset).joined(separator: "\n"))
    </section>
    """
  }

  private func capabilityFieldset(_ capability: Framework.Capability) -> HTML {
    let field = LearnerAnswers.Field.levelPrefix + capability.id.value
    let error = ErrorSummary.message(for: field, id: field + "-error", in: errors)
    let chosen = answers.level(capability.id.value) ?? "0"
    let radios = framework.levels.map { (level) -> HTML in
      let id = "\(field)-\(level.level)"
      let guidance = statements(of: capability, at: level.level)
      let hint: HTML =
        guidance.isEmpty
        ? ""
        : "<ul class=\"hint radios-hint statements\" id=\"\(id)-hint\">"
          + guidance.map { (text) -> HTML in "<li>\(text)</li>" }.joined() + "</ul>"
      return """
        <div class="radios-item">
        <input class="radios-input" id="\(id)" name="\(field)" type="radio" value="\(level.level)"\(chosen == String(level.level) ? " checked" : "")\(hint.isEmpty ? "" : " aria-describedby=\"\(id)-hint\"" as HTML)>
        <label class="label radios-label" for="\(id)">\(level.name) (\(level.level))</label>
        \(hint)
        </div>
        """
    }
    return """
      <div class="form-group\(error.isEmpty ? "" : " form-group-error")">
      <fieldset class="fieldset" aria-describedby="\(field)-hint\(error.isEmpty ? "" : " \(field)-error")">
      <legend class="fieldset-legend fieldset-legend-m"><h3 class="fieldset-heading">\(capability.name)</h3></legend>
      <div class="hint" id="\(field)-hint">
      <p>\(capability.description)</p>
      \(guidance(for: capability))
      </div>
      \(error)
      <div class="radios radios-small">
      \(radios.joined(separator: "\n"))
      </div>
      </fieldset>
      </div>
      """
  }

  /// What the framework says of the capability for the learner's group: the level the group is
  /// expected to reach, and the statements that carry no level.
  private func guidance(for capability: Framework.Capability) -> HTML {
    let expected = framework.expectedLevel(of: answers.archetype, in: capability)
    var out: HTML =
      "<p>\(archetypeName) are expected to reach <strong>\(framework.levelName(expected)) (\(expected))</strong>.</p>"
    let unlevelled = capability.statements.filter { statement in
      statement.level == nil && statement.archetypes.contains { $0.value == answers.archetype }
    }.map(\.text)
    if !unlevelled.isEmpty {
      out +=
        "\n<p>The framework's statements for your group:</p>\n<ul class=\"statements\">"
        + unlevelled.map { (text) -> HTML in "<li>\(text)</li>" }.joined() + "</ul>"
    }
    return out
  }

  /// The statements at a level: those for the learner's archetype, or else every one.
  private func statements(of capability: Framework.Capability, at level: Int) -> [String] {
    let atLevel = capability.statements.filter { $0.level?.value == level }
    let own = atLevel.filter { $0.archetypes.contains { $0.value == answers.archetype } }
    return (own.isEmpty ? atLevel : own).map(\.text)
  }

  private var hoursGroup: HTML {
    let field = LearnerAnswers.Field.hours
    let error = ErrorSummary.message(for: field, id: "hours-error", in: errors)
    return """
      <div class="form-group\(error.isEmpty ? "" : " form-group-error")">
      <label class="label label-s" for="\(field)">How many hours can you give to learning?</label>
      <p class="hint" id="hours-hint">In hours, like 4 or 2.5. Leave it empty for no limit.</p>
      \(error)
      <input class="input input-width-5\(error.isEmpty ? "" : " input-error")" id="\(field)" name="\(field)" type="text" inputmode="decimal" spellcheck="false" value="\(answers.hours)" aria-describedby="hours-hint\(error.isEmpty ? "" : " hours-error")">
      </div>
      """
  }

  private var formatsGroup: HTML {
    let field = LearnerAnswers.Field.format
    let error = ErrorSummary.message(for: field, id: "format-error", in: errors)
    let boxes = availableFormats.map { format in
      checkbox(
        name: field, value: format, id: "\(field)-\(format)", label: format,
        checked: answers.formats.contains(format))
    }
    return """
      <div class="form-group\(error.isEmpty ? "" : " form-group-error")">
      <fieldset class="fieldset" aria-describedby="format-hint">
      <legend class="fieldset-legend fieldset-legend-s">Which kinds of resource suit you?</legend>
      <p class="hint" id="format-hint">Leave them all unticked for any kind.</p>
      \(error)
      <div class="checkboxes checkboxes-small">
      \(boxes.joined(separator: "\n"))
      </div>
      </fieldset>
      </div>
      """
  }

  private var freeOnlyGroup: HTML {
    let field = LearnerAnswers.Field.freeOnly
    return """
      <div class="form-group">
      <div class="checkboxes checkboxes-small">
      \(checkbox(name: field, value: "1", id: field, label: "Only free resources", checked: answers.freeOnly))
      </div>
      </div>
      """
  }

  private var completedGroup: HTML {
    let field = LearnerAnswers.Field.completed
    let error = ErrorSummary.message(for: field, id: "done-error", in: errors)
    let query = search.lowercased()
    let done = Set(answers.completed)
    let shown = resources.filter { resource in
      done.contains(resource.id.value)
        || (!query.isEmpty
          && (resource.title.lowercased().contains(query)
            || resource.provider.lowercased().contains(query)
            || resource.id.value.contains(query)))
    }
    let boxes = shown.map { resource in
      checkbox(
        name: field, value: resource.id.value, id: "\(field)-\(resource.id.value)",
        label: "\(resource.title) (\(resource.provider))", checked: done.contains(resource.id.value)
      )
    }
    let found: HTML =
      query.isEmpty
      ? ""
      : "<p>\(shown.count - done.count) found for “\(search)”.</p>"
    return """
      <div class="form-group\(error.isEmpty ? "" : " form-group-error")">
      <fieldset class="fieldset" aria-describedby="done-hint">
      <legend class="fieldset-legend fieldset-legend-s">Tick what you have already done, so it is left out of your plan</legend>
      <p class="hint" id="done-hint">Search the \(resources.count) resources by title or provider, then tick the ones you have done.</p>
      \(error)
      <div class="search">
      <label class="label" for="\(Self.searchField)">Search resources</label>
      <input class="input input-width-20" id="\(Self.searchField)" name="\(Self.searchField)" type="search" value="\(search)">
      <button class="button button-secondary" type="submit" formaction="\(submission.searchAction)#\(Self.searchField)" name="\(Self.searchingField)" value="1">Search</button>
      </div>
      \(found)
      <div class="checkboxes checkboxes-small">
      \(boxes.joined(separator: "\n"))
      </div>
      </fieldset>
      </div>
      """
  }

  private func checkbox(name: String, value: String, id: String, label: String, checked: Bool)
    -> HTML
  {
    """
    <div class="checkboxes-item">
    <input class="checkboxes-input" id="\(id)" name="\(name)" type="checkbox" value="\(value)"\(checked ? " checked" : "")>
    <label class="label checkboxes-label" for="\(id)">\(label)</label>
    </div>
    """
  }
}
