import Pathway

/// The short pages around a saved record: coming back with a resume key, confirming a deletion,
/// and what is said after signing out or deleting.
enum RecordMessagePages {
  /// The form to enter a resume key on another device; with an error when a key did not match.
  static func resume(error: String? = nil) -> HTML {
    let errors = error.map { [FieldError(field: "key", message: $0)] } ?? []
    let message = ErrorSummary.message(for: "key", id: "key-error", in: errors)
    return Page(
      title: "Come back to your plan", hasErrors: !errors.isEmpty,
      main: """
        \(ErrorSummary(errors: errors) { $0 }.html)
        <h1>Come back to your plan</h1>
        <p class="lede">Enter the resume key you were shown when you saved your plan.</p>
        <form method="post" action="/resume" novalidate>
        <div class="form-group\(errors.isEmpty ? "" : " form-group-error")">
        <label class="label label-m" for="key">Resume key</label>
        <p class="hint" id="key-hint">A lost key cannot be recovered: if you have lost yours, <a href="/">start a new plan</a>.</p>
        \(message)
        <input class="input\(errors.isEmpty ? "" : " input-error")" id="key" name="key" type="text" autocomplete="off" spellcheck="false" aria-describedby="key-hint\(errors.isEmpty ? "" : " key-error")">
        </div>
        <button class="button" type="submit">Continue</button>
        </form>
        """
    ).html
  }

  /// "Are you sure?", with the form that deletes.
  static func confirmDelete(_ session: Sessions.Session) -> HTML {
    Page(
      title: "Delete your record",
      main: """
        <h1>Delete your record?</h1>
        <p class="lede">Your answers, your history and your progress are deleted at once and for good. This cannot be undone.</p>
        <p>To keep what you have done for revalidation or appraisal, <a href="/my-record.csv" download>download your learning log</a> first.</p>
        <form method="post" action="/my-plan/delete" novalidate>
        \(CSRF.input(session))
        <button class="button button-warning" type="submit">Yes, delete my record</button>
        </form>
        <p><a href="/my-plan">No, back to my plan</a></p>
        """
    ).html
  }

  /// A page that says one thing has happened, with the way on.
  static func done(_ heading: String, _ text: String) -> HTML {
    Page(
      title: heading,
      main: """
        <h1>\(heading)</h1>
        <p class="lede">\(text)</p>
        <p><a href="/">Start a new plan</a> · <a href="/resume">Come back to a saved plan</a></p>
        """
    ).html
  }

  /// What a page that needs the record store says when it cannot be reached.
  static var unreachable: HTML {
    Page(
      title: "Your plan cannot be reached just now",
      main: """
        <h1>Your plan cannot be reached just now</h1>
        <p>Nothing was changed. Please try again in a few minutes.</p>
        """
    ).html
  }
}
