import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PathwayStore
import Synchronization
import Testing

@testable import PathwayWeb

/// A clock the tests move by hand.
final class TestClock: Sendable {
  private let seconds = Mutex<Int64>(1_800_000_000)
  var now: Int64 { seconds.withLock { $0 } }
  func advance(minutes: Int64) { seconds.withLock { $0 += minutes * 60 } }
}

/// A browser on the pages of a saved record: it keeps the cookies it is given.
final class Browser: Sendable {
  let client: any TestClientProtocol
  private let cookies = Mutex<[String: String]>([:])

  init(_ client: any TestClientProtocol) { self.client = client }

  /// A request with the browser's cookies; a form's fields go in a POST body.
  func send(_ uri: String, form: String? = nil) async throws -> Reply {
    var headers = HTTPFields()
    let jar = cookies.withLock { $0 }
    if !jar.isEmpty {
      headers[.cookie] = jar.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        .joined(separator: "; ")
    }
    if form != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
    let reply = try await client.execute(
      uri: uri, method: form == nil ? .get : .post, headers: headers,
      body: form.map { ByteBuffer(string: $0) }
    ) { response in
      Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
    for cookie in reply.headers[values: .setCookie] {
      let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
      let name = String(pair[0])
      let value = pair.count > 1 ? String(pair[1]) : ""
      cookies.withLock { $0[name] = value.isEmpty ? nil : value }
    }
    return reply
  }

  /// Forgets every cookie, as another browser would have none.
  func forgetCookies() { cookies.withLock { $0 = [:] } }
}

/// The first capture of a pattern in a page.
func first(_ pattern: Regex<(Substring, Substring)>, in text: String) -> String? {
  text.firstMatch(of: pattern).map { String($0.1) }
}

/// The resources of "Mark as done" buttons on a page, in order.
func doneButtons(_ page: String) -> [String] {
  page.matches(
    of: /name="resource" value="([^"]+)">\n<input type="hidden" name="status" value="done">/
  )
  .map { String($0.1) }
}

/// Runs `body` with a browser on an app whose records are in a new SQLite store.
func withBrowser(
  clock: TestClock = TestClock(),
  _ body: @Sendable (Browser, RecordStore) async throws -> Void
) async throws {
  let store = try await TestDatabase.sqlite.open()
  let rules = try #require(bundled)
  var web = WebApp(store: rules, records: store)
  web.now = { clock.now }
  web.secureCookies = true
  let app = Application(router: web.router())
  try await app.test(.router) { client in try await body(Browser(client), store) }
  try await store.close()
}

@Suite("The pages of a saved record")
struct RecordPageTests {
  static let nurse = PageTests.nurse

  @Test("Submitting saves a record: 303 to your plan, a session cookie, the key shown once")
  func journey() async throws {
    try await withBrowser { browser, _ in
      let saved = try await browser.send("/plan", form: Self.nurse)
      #expect(saved.status == .seeOther)
      #expect(saved.header("Location") == "/my-plan")
      let cookie = try #require(
        saved.headers[values: .setCookie].first { $0.hasPrefix(Sessions.cookieName + "=") })
      for part in ["HttpOnly", "SameSite=Lax", "Path=/", "Secure"] {
        #expect(cookie.contains(part))
      }
      let plan = try await browser.send("/my-plan")
      #expect(plan.status == .ok)
      #expect(plan.body.contains("<h1>Your learning plan</h1>"))
      #expect(plan.body.contains("a lost key cannot be recovered"))
      let key = try #require(first(/<p class="resume-key"><strong>([^<]+)</, in: plan.body))
      #expect(key.count >= 22)
      #expect(try LearnerPageTests.leaks(LearnerPageTests.visibleText(plan.body)).isEmpty)
      let again = try await browser.send("/my-plan")
      #expect(!again.body.contains(key))
    }
  }

  @Test("Marking two steps done moves the plan on; Undo brings a step back")
  func markDone() async throws {
    try await withBrowser { browser, _ in
      _ = try await browser.send("/plan", form: Self.nurse)
      let page = try await browser.send("/my-plan")
      let csrf = try #require(first(/name="csrf" value="([^"]+)"/, in: page.body))
      let steps = doneButtons(page.body)
      #expect(steps.count >= 3)
      for resource in steps.prefix(2) {
        let marked = try await browser.send(
          "/my-plan/progress", form: "csrf=\(csrf)&resource=\(resource)&status=done")
        #expect(marked.status == .seeOther)
      }
      let moved = try await browser.send("/my-plan")
      let now = doneButtons(moved.body)
      #expect(!now.contains(steps[0]) && !now.contains(steps[1]))
      #expect(now.first == steps[2] || now.contains(steps[2]))
      #expect(moved.body.contains("<h3>Done</h3>"))
      _ = try await browser.send(
        "/my-plan/progress", form: "csrf=\(csrf)&resource=\(steps[0])&status=undo")
      #expect(doneButtons(try await browser.send("/my-plan").body).contains(steps[0]))
    }
  }

  @Test(
    "The resume key, however it is typed, starts a session on a browser with no cookie; a wrong key is a 404"
  )
  func resume() async throws {
    try await withBrowser { browser, _ in
      _ = try await browser.send("/plan", form: Self.nurse)
      let key = try #require(
        first(/<p class="resume-key"><strong>([^<]+)</, in: try await browser.send("/my-plan").body)
      )
      browser.forgetCookies()
      #expect(try await browser.send("/my-plan").header("Location") == "/resume")
      #expect(try await browser.send("/resume").body.contains("action=\"/resume\""))
      let wrong = try await browser.send("/resume", form: "key=\(Secret.key())")
      #expect(wrong.status == .notFound)
      let resumed = try await browser.send("/resume", form: "key=\(key)")
      #expect(resumed.status == .seeOther)
      #expect(resumed.header("Location") == "/my-plan")
      let plan = try await browser.send("/my-plan")
      #expect(plan.status == .ok)
      #expect(!plan.body.contains("resume-key"))

      // Typed as people type it: small letters, spaces for hyphens, O for 0 and l for 1.
      browser.forgetCookies()
      let typed = key.lowercased().replacing("-", with: "+").replacing("0", with: "o")
        .replacing("1", with: "l")
      #expect(try await browser.send("/resume", form: "key=\(typed)").status == .seeOther)
    }
  }

  @Test("Sign out ends the session at once")
  func signOut() async throws {
    try await withBrowser { browser, _ in
      _ = try await browser.send("/plan", form: Self.nurse)
      let page = try await browser.send("/my-plan")
      let csrf = try #require(first(/name="csrf" value="([^"]+)"/, in: page.body))
      let cookie = try #require(first(/pathway-session=([^;]+);/, in: "pathway-session=x;"))
      #expect(!cookie.isEmpty)
      let out = try await browser.send("/sign-out", form: "csrf=\(csrf)")
      #expect(out.status == .ok)
      #expect(out.body.contains("You have signed out"))
      #expect(try await browser.send("/my-plan").status == .seeOther)
    }
  }

  @Test("Delete my record: confirmed, then gone at once, and the API answers 404")
  func delete() async throws {
    try await withBrowser { browser, store in
      _ = try await browser.send("/plan", form: Self.nurse)
      let page = try await browser.send("/my-plan")
      let key = try #require(first(/<p class="resume-key"><strong>([^<]+)</, in: page.body))
      let id = try #require(try await store.recordID(keyHash: Secret.hash(key)))
      let confirm = try await browser.send("/my-plan/delete")
      let csrf = try #require(first(/name="csrf" value="([^"]+)"/, in: confirm.body))
      let deleted = try await browser.send("/my-plan/delete", form: "csrf=\(csrf)")
      #expect(deleted.body.contains("Your record is deleted"))
      #expect(try await store.record(id) == nil)
      var headers = HTTPFields()
      headers[.authorization] = "Bearer " + key
      let api = try await browser.client.execute(
        uri: "/api/records/\(id)", method: .get, headers: headers, body: nil
      ) { $0.status }
      #expect(api == .notFound)
      #expect(try await browser.send("/my-plan").status == .seeOther)
    }
  }

  @Test("A form with a wrong or missing CSRF token is refused with 403, nothing changed")
  func csrf() async throws {
    try await withBrowser { browser, _ in
      _ = try await browser.send("/plan", form: Self.nurse)
      let page = try await browser.send("/my-plan")
      let resource = try #require(doneButtons(page.body).first)
      for token in ["", "csrf=" + String(repeating: "0", count: 64) + "&"] {
        let refused = try await browser.send(
          "/my-plan/progress", form: "\(token)resource=\(resource)&status=done")
        #expect(refused.status == .forbidden)
        #expect(try await browser.send("/sign-out", form: token).status == .forbidden)
        #expect(try await browser.send("/my-plan/delete", form: token).status == .forbidden)
      }
      #expect(doneButtons(try await browser.send("/my-plan").body).first == resource)
    }
  }

  @Test("A session idle for longer than --session-idle ends; one in use goes on")
  func idleExpiry() async throws {
    let clock = TestClock()
    try await withBrowser(clock: clock) { browser, _ in
      _ = try await browser.send("/plan", form: Self.nurse)
      clock.advance(minutes: 29)
      #expect(try await browser.send("/my-plan").status == .ok)
      clock.advance(minutes: 29)
      #expect(try await browser.send("/my-plan").status == .ok)
      clock.advance(minutes: 31)
      let expired = try await browser.send("/my-plan")
      #expect(expired.status == .seeOther)
      #expect(expired.header("Location") == "/resume")
    }
  }

  @Test("With --store none, submitting answers with the plan itself, and nothing is saved")
  func stateless() async throws {
    let reply = try await submit("/plan?" + Self.nurse)
    #expect(reply.status == .ok)
    #expect(reply.headers[values: .setCookie].isEmpty)
    #expect(try await send("/my-plan").header("Location") == "/")
    #expect(try await send("/privacy").body.contains("This service keeps no records"))
  }
}
