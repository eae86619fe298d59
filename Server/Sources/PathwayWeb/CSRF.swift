import Hummingbird
import Pathway
import PathwayStore

/// The token every form that changes a record carries, so that another site cannot make a
/// learner's browser change it: derived from the session's own token, so nothing more is kept,
/// and checked in constant time.
enum CSRF {
  /// The name of the hidden field that carries it.
  static let field = "csrf"

  /// The session's form token: a hash of its secret token, which never leaves the cookie.
  static func token(for sessionToken: String) -> String {
    Secret.hash("csrf " + sessionToken)
  }

  /// Whether the form carries the session's token.
  static func isValid(_ fields: FormFields, for session: Sessions.Session) -> Bool {
    let sent = fields.first(field) ?? ""
    return !sent.isEmpty && Secret.matches(sent, hash: Secret.hash(session.csrfToken))
  }

  /// The hidden input a form carries.
  static func input(_ session: Sessions.Session) -> HTML {
    "<input type=\"hidden\" name=\"\(field)\" value=\"\(session.csrfToken)\">"
  }

  /// The plain page a form without the right token gets.
  static var refusal: Response {
    Reply.page(
      Page(
        title: "This form has expired",
        main: """
          <h1>This form has expired</h1>
          <p>Nothing was changed. Go back to your plan and try again.</p>
          <p><a href="/my-plan">Your plan</a></p>
          """
      ).html, status: .forbidden)
  }
}
