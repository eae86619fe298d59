import Pathway

/// The first page: what Pathway is, then who the learner is: their archetype, recognised by its
/// description and typical roles, and their profession.
struct StartPage {
  let framework: Framework
  /// Professions to suggest: those the rules treat specially and the common ones.
  let professions: [String]
  let answers: LearnerAnswers
  let errors: [FieldError]
  /// Whether the service keeps learners' records (else nothing is stored).
  let keepsRecords: Bool

  /// Professions every plan may be asked for, suggested whatever the rules say.
  static let commonProfessions = [
    "nurse", "midwife", "doctor", "general practitioner", "pharmacist", "physiotherapist",
    "occupational therapist", "paramedic", "radiographer", "healthcare assistant", "care worker",
    "clinical scientist", "allied health professional", "manager", "IT lead",
  ]

  /// The id of the element a field's error links to.
  func anchor(_ field: String) -> String {
    field == LearnerAnswers.Field.archetype
      ? "archetype-" + (framework.archetypes.first?.id.value ?? "") : field
  }

  var html: HTML {
    Page(title: "Get your learning plan", hasErrors: !errors.isEmpty, main: main).html
  }

  private var main: HTML {
    let field = LearnerAnswers.Field.self
    let archetypeError = ErrorSummary.message(
      for: field.archetype, id: "archetype-error", in: errors)
    let professionError = ErrorSummary.message(
      for: field.profession, id: "profession-error", in: errors)
    let options = framework.archetypes.map(archetypeOption).joined(separator: "\n")
    let suggestions = professions.map { (profession) -> HTML in
      "<option value=\"\(profession)\"></option>"
    }.joined()
    return """
      \(ErrorSummary(errors: errors, anchor: anchor).html)
      <h1>Get your learning plan for AI and digital healthcare</h1>
      <p class="lede">Answer a few questions about your role and how confident you feel, and Pathway puts together a plan of real courses, guidance and videos: what to do, in what order, how long each takes, and why it is there.</p>
      <p>It takes about 10 minutes. \(keepsRecords ? "Your plan is saved so that you can come back to it and mark your progress; you can delete it whenever you like." : "Nothing you enter is stored.") <a href="/privacy">What is kept, and who can see it</a></p>
      \(keepsRecords ? "<p>Saved a plan before? <a href=\"/resume\">Come back to your plan</a></p>" as HTML : "")
      <form method="post" action="/assess" novalidate>
      <div class="form-group\(archetypeError.isEmpty ? "" : " form-group-error")">
      <fieldset class="fieldset" aria-describedby="archetype-hint\(archetypeError.isEmpty ? "" : " archetype-error")">
      <legend class="fieldset-legend fieldset-legend-l"><h2 class="fieldset-heading">Which group best describes your role?</h2></legend>
      <p class="hint" id="archetype-hint">The framework sorts the health and care workforce into five groups by what they do with AI and digital technology. Choose the one closest to your work.</p>
      \(archetypeError)
      <div class="radios">
      \(options)
      </div>
      </fieldset>
      </div>
      <div class="form-group\(professionError.isEmpty ? "" : " form-group-error")">
      <label class="label label-m" for="\(field.profession)">What is your profession?</label>
      <p class="hint" id="profession-hint">For example nurse, general practitioner, physiotherapist or care worker.</p>
      \(professionError)
      <input class="input\(professionError.isEmpty ? "" : " input-error")" id="\(field.profession)" name="\(field.profession)" type="text" maxlength="\(LearnerAnswers.maximumProfessionLength)" autocomplete="organization-title" spellcheck="false" list="profession-suggestions" value="\(answers.profession)" aria-describedby="profession-hint\(professionError.isEmpty ? "" : " profession-error")">
      <datalist id="profession-suggestions">\(suggestions)</datalist>
      </div>
      \(keepsRecords ? membership : "")
      \(hiddenFields)
      <button class="button" type="submit">Continue</button>
      </form>
      """
  }

  /// Joining an organisation, for its workforce leads' counts: optional, and only with the join
  /// code the organisation gives its staff.
  private var membership: HTML {
    let field = LearnerAnswers.Field.self
    let errorsFor = { (name: String) in
      ErrorSummary.message(for: name, id: name + "-error", in: errors)
    }
    let (organisationError, joinError, staffGroupError) = (
      errorsFor(field.organisation), errorsFor(field.join), errorsFor(field.staffGroup)
    )
    let groups = LearnerAnswers.staffGroups.map { (group) -> HTML in
      "<option value=\"\(group)\"\(answers.staffGroup == group ? " selected" : "")>\(group)</option>"
    }.joined(separator: "\n")
    return """
      <div class="form-group">
      <fieldset class="fieldset" aria-describedby="membership-hint">
      <legend class="fieldset-legend fieldset-legend-m"><h2 class="fieldset-heading">Your organisation (optional)</h2></legend>
      <p class="hint" id="membership-hint">If your workforce lead gave you a join code, your plan counts in your organisation's numbers. Leads see only totals over many learners, never your answers or your plan.</p>
      <div class="form-group\(organisationError.isEmpty ? "" : " form-group-error")">
      <label class="label" for="\(field.organisation)">Organisation code</label>
      <p class="hint" id="organisation-hint">As your lead gave it, for example RX1.</p>
      \(organisationError)
      <input class="input input-width-10\(organisationError.isEmpty ? "" : " input-error")" id="\(field.organisation)" name="\(field.organisation)" type="text" spellcheck="false" autocomplete="off" value="\(answers.organisation)" aria-describedby="organisation-hint\(organisationError.isEmpty ? "" : " organisation-error")">
      </div>
      <div class="form-group\(joinError.isEmpty ? "" : " form-group-error")">
      <label class="label" for="\(field.join)">Join code</label>
      \(joinError)
      <input class="input input-width-20\(joinError.isEmpty ? "" : " input-error")" id="\(field.join)" name="\(field.join)" type="text" spellcheck="false" autocomplete="off" value="\(answers.joinCode)"\(joinError.isEmpty ? "" : " aria-describedby=\"join-error\"" as HTML)>
      </div>
      <div class="form-group\(staffGroupError.isEmpty ? "" : " form-group-error")">
      <label class="label" for="\(field.staffGroup)">Staff group</label>
      \(staffGroupError)
      <select class="select" id="\(field.staffGroup)" name="\(field.staffGroup)">
      <option value="">Not given</option>
      \(groups)
      </select>
      </div>
      </fieldset>
      </div>
      """
  }

  private func archetypeOption(_ archetype: Framework.Archetype) -> HTML {
    let id = "archetype-" + archetype.id.value
    let checked = answers.archetype == archetype.id.value ? " checked" : ""
    let roles: HTML =
      archetype.roles.isEmpty
      ? ""
      : "<br><span class=\"roles\">Typical roles: \(archetype.roles.joined(separator: ", "))</span>"
    return """
      <div class="radios-item">
      <input class="radios-input" id="\(id)" name="\(LearnerAnswers.Field.archetype)" type="radio" value="\(archetype.id.value)" aria-describedby="\(id)-hint"\(checked)>
      <label class="label radios-label" for="\(id)">\(archetype.name)</label>
      <p class="hint radios-hint" id="\(id)-hint">\(archetype.description)\(roles)</p>
      </div>
      """
  }

  /// The rest of the answers, kept when the learner comes back to change who they are.
  private var hiddenFields: HTML {
    hiddenInputs(answers.fields.filter { !LearnerAnswers.Field.identity.contains($0.name) })
  }
}
