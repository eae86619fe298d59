import Pathway

/// A problem with one field of a form, shown in the error summary and beside the field.
struct FieldError: Sendable, Equatable {
  /// The field's name.
  var field: String
  var message: String
}

/// The list of problems at the top of a page, each linking to its field.
struct ErrorSummary {
  var errors: [FieldError]
  /// The id of the element each field's link goes to.
  var anchor: (String) -> String

  var html: HTML {
    guard !errors.isEmpty else { return "" }
    let items = errors.map { (error) -> HTML in
      "<li><a href=\"#\(anchor(error.field))\">\(error.message)</a></li>"
    }
    return """
      <div class="error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
      <h2 class="error-summary-title" id="error-summary-title">There is a problem</h2>
      <ul class="error-summary-list">
      \(items.joined(separator: "\n"))
      </ul>
      </div>
      """
  }

  /// The message shown beside a field, with its id for `aria-describedby`; empty when the field
  /// is fine.
  static func message(for field: String, id: String, in errors: [FieldError]) -> HTML {
    let messages = errors.filter { $0.field == field }.map(\.message)
    guard !messages.isEmpty else { return "" }
    return
      "<p class=\"error-message\" id=\"\(id)\"><span class=\"visually-hidden\">Error:</span> \(messages.joined(separator: "; "))</p>"
  }
}
