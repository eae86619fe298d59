import Hummingbird
import PathwayStore

/// Signed-in browsers: a random token in an `HttpOnly`, `SameSite=Lax` cookie, kept in the store
/// only as its hash (so that several servers share sessions), ended after a time idle.
struct Sessions: Sendable {
  let store: RecordStore
  /// Seconds a session lasts without a request.
  let idleSeconds: Int64
  /// Whether cookies carry `Secure` (behind TLS).
  let secureCookies: Bool
  /// Seconds since 1970, UTC.
  let now: @Sendable () -> Int64

  /// The cookie that carries the session's token.
  static let cookieName = "pathway-session"
  /// The cookie that carries a new resume key to the one page that shows it.
  static let newKeyCookieName = "pathway-new-key"

  /// A signed-in browser: its token (from its cookie) and the record it reaches.
  struct Session: Sendable {
    let token: String
    let record: String
    /// The token every form that changes something carries.
    var csrfToken: String { CSRF.token(for: token) }
  }

  /// Starts a session for a record; the cookie to set, nil when the record is gone.
  func start(record: String) async throws -> String? {
    let token = Secret.key()
    guard try await store.createSession(tokenHash: Secret.hash(token), record: record, at: now())
    else { return nil }
    return cookie(Self.cookieName, token)
  }

  /// The request's session, if it has one that has not been idle too long.
  func current(_ request: Request) async throws -> Session? {
    guard let token = Self.cookie(Self.cookieName, in: request), !token.isEmpty else { return nil }
    let time = now()
    guard
      let stored = try await store.session(
        tokenHash: Secret.hash(token), at: time, idleSince: time - idleSeconds)
    else { return nil }
    return Session(token: token, record: stored.record)
  }

  /// Ends a session at once; the cookie that clears it from the browser.
  func end(_ session: Session) async throws -> String {
    try await store.deleteSession(tokenHash: Secret.hash(session.token))
    return Self.clearing(Self.cookieName)
  }

  /// A cookie for this site's pages, never readable by script.
  func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> String {
    var cookie = "\(name)=\(value); HttpOnly; SameSite=Lax; Path=/"
    if let maxAge { cookie += "; Max-Age=\(maxAge)" }
    if secureCookies { cookie += "; Secure" }
    return cookie
  }

  /// A header that removes a cookie.
  static func clearing(_ name: String) -> String {
    "\(name)=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0"
  }

  /// The value of a cookie the request sent, if any.
  static func cookie(_ name: String, in request: Request) -> String? {
    for header in request.headers[values: .cookie] {
      for pair in header.split(separator: ";") {
        let parts = pair.trimmingCharacters(in: .whitespaces).split(
          separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, parts[0] == name { return String(parts[1]) }
      }
    }
    return nil
  }
}
