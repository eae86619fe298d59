import Foundation
import PathwayStore
import Testing

@testable import PathwayWeb

@Suite("Reassessing, the history and downloads of a saved record")
struct ReassessPageTests {
  static let nurse = PageTests.nurse

  /// Saves the nurse's answers as a record, signed in on the browser; the record's id.
  static func save(_ browser: Browser, _ store: RecordStore) async throws -> String {
    _ = try await browser.send("/plan", form: nurse)
    return try await id(browser, store)
  }

  /// The id of the record just saved on the browser, from the resume key its plan shows once.
  static func id(_ browser: Browser, _ store: RecordStore) async throws -> String {
    let page = try await browser.send("/my-plan")
    let key = try #require(first(/<p class="resume-key"><strong>([^<]+)</, in: page.body))
    return try #require(try await store.recordID(keyHash: Secret.hash(key)))
  }

  /// The CSRF token of a page's forms.
  static func csrf(_ page: String) throws -> String {
    try #require(first(/name="csrf" value="([^"]+)"/, in: page))
  }

  @Test("Reassess shows last time's answers, saves the new ones, and says what changed")
  func reassess() async throws {
    try await withBrowser { browser, store in
      let id = try await Self.save(browser, store)
      let form = try await browser.send("/my-plan/reassess")
      #expect(form.status == .ok)
      #expect(
        form.body.contains(
          #"id="level-data.privacy-1" name="level-data.privacy" type="radio" value="1" checked"#))
      #expect(form.body.contains(#"value="4""#))
      #expect(form.body.contains(#"action="/my-plan/reassess""#))
      #expect(!form.body.contains("Change this"))
      let csrf = try Self.csrf(form.body)

      let refused = try await browser.send(
        "/my-plan/reassess", form: Self.nurse.replacing("data.privacy=1", with: "data.privacy=3"))
      #expect(refused.status == .forbidden)

      let sent = "csrf=\(csrf)&" + Self.nurse.replacing("data.privacy=1", with: "data.privacy=3")
      let saved = try await browser.send("/my-plan/reassess", form: sent)
      #expect(saved.status == .seeOther)
      #expect(saved.header("Location") == "/my-plan/changes")
      let changes = try await browser.send("/my-plan/changes")
      #expect(changes.status == .ok)
      #expect(changes.body.contains("Data privacy"))
      #expect(changes.body.contains("up from Awareness to Application"))
      #expect(try LearnerPageTests.leaks(LearnerPageTests.visibleText(changes.body)).isEmpty)

      let history = try await browser.send("/my-plan/history")
      #expect(history.body.contains("Your first assessment."))
      #expect(history.body.matches(of: /<h2 class="heading-s">/).count == 2)
      #expect(try await store.record(id)?.assessments.count == 2)
    }
  }

  @Test("A reassessment that does not check is shown again with its errors, and nothing saved")
  func invalidReassessment() async throws {
    try await withBrowser { browser, store in
      let id = try await Self.save(browser, store)
      let csrf = try Self.csrf(try await browser.send("/my-plan/reassess").body)
      let reply = try await browser.send(
        "/my-plan/reassess",
        form: "csrf=\(csrf)&" + Self.nurse.replacing("hours=4", with: "hours=lots"))
      #expect(reply.status == .badRequest)
      #expect(reply.body.contains("Enter your time as a number of hours"))
      #expect(try await store.record(id)?.assessments.count == 1)
    }
  }

  @Test("The learning log lists what is done, with its date and minutes; the JSON is the record")
  func downloads() async throws {
    try await withBrowser { browser, _ in
      _ = try await browser.send("/plan", form: Self.nurse)
      let page = try await browser.send("/my-plan")
      let resource = try #require(doneButtons(page.body).first)
      _ = try await browser.send(
        "/my-plan/progress",
        form: "csrf=\(try Self.csrf(page.body))&resource=\(resource)&status=done")
      let log = try await browser.send("/my-record.csv")
      #expect(log.status == .ok)
      #expect(log.header("Content-Disposition")?.contains("pathway-learning-log.csv") == true)
      let rows = log.body.split(separator: "\r\n")
      #expect(rows.first == "date,title,provider,format,minutes,url,recorded")
      #expect(rows.count == 2)
      #expect(rows.last?.hasSuffix(",marked as done") == true)
      let title = try #require(bundled?.pathway.resources.first { $0.id.value == resource }?.title)
      #expect(rows.last?.hasPrefix("2027-01-15,") == true)
      #expect(rows.last?.contains(title.contains(",") ? "\"\(title)\"" : title) == true)

      let record = try await browser.send("/my-record.json")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(record.body.utf8)) as? [String: Any])
      #expect((object["progress"] as? [[String: Any]])?.first?["resource"] as? String == resource)
      #expect(object["plan"] is [String: Any])
    }
  }

  @Test("The learning log lists what the learner said was done when rating themselves")
  func listedInLog() async throws {
    try await withBrowser { browser, _ in
      _ = try await browser.send("/plan", form: Self.nurse + "&done=dart-ed-capability-framework")
      let rows = try await browser.send("/my-record.csv").body.split(separator: "\r\n")
      #expect(rows.count == 2)
      #expect(rows.last?.contains("Capability Framework") == true)
      #expect(rows.last?.hasSuffix(",listed as done when rating yourself") == true)
    }
  }

  @Test("Without a session, the record's pages send the learner to come back with their key")
  func signedOut() async throws {
    try await withBrowser { browser, _ in
      for path in ["/my-plan/reassess", "/my-plan/history", "/my-record.csv", "/my-record.json"] {
        let reply = try await browser.send(path)
        #expect(reply.status == .seeOther, "\(path)")
        #expect(reply.header("Location") == "/resume", "\(path)")
      }
    }
  }

  @Test("Readable keys: 140 bits in groups of four, read back however they are typed")
  func readableKeys() {
    let key = ReadableKey.make()
    #expect(key.count == 34 && key.split(separator: "-").count == 7)
    #expect(!key.contains { "ILOU".contains($0) })
    #expect(ReadableKey.normalised(key.lowercased().replacing("-", with: " ")) == key)
    #expect(ReadableKey.normalised(String(key.dropLast())) == nil)
    #expect(ReadableKey.normalised(key.replacing("-", with: "!")) == nil)
    #expect(ReadableKey.make() != key)
  }

  @Test("Marking a step done says so, and suggests reassessing")
  func doneNotice() async throws {
    try await withBrowser { browser, store in
      _ = try await Self.save(browser, store)
      let page = try await browser.send("/my-plan")
      let resource = try #require(doneButtons(page.body).first)
      let marked = try await browser.send(
        "/my-plan/progress",
        form: "csrf=\(try Self.csrf(page.body))&resource=\(resource)&status=done")
      let location = try #require(marked.header("Location"))
      #expect(location == "/my-plan?marked=done#progress")
      let after = try await browser.send(String(location.prefix { $0 != "#" }))
      #expect(after.body.contains("Marked as done"))
      #expect(after.body.contains("reassess yourself"))
    }
  }

  @Test("The privacy page says how long records are kept")
  func privacy() async throws {
    try await withBrowser { browser, _ in
      let page = try await browser.send("/privacy")
      #expect(page.body.contains("unused for 730 days"))
    }
  }
}
