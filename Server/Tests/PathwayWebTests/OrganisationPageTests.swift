import Foundation
import PathwayStore
import Testing

@testable import PathwayWeb

@Suite("Joining an organisation from the pages")
struct OrganisationPageTests {
  static let joinCode = "open-sesame-0123456789"

  /// The nurse's answers with an organisation, a join code and a staff group.
  static func nurse(join: String) -> String {
    PageTests.nurse + "&organisation=RX1&join=\(join)&staffGroup=Nursing+and+midwifery+registered"
  }

  /// Adds the organisation RX1 with its join code.
  static func addOrganisation(_ store: RecordStore) async throws {
    try await store.putOrganisation(
      id: "RX1", name: "Example Trust", joinHash: Secret.hash(joinCode), at: 1_800_000_000)
  }

  @Test("The right join code puts the record in the organisation, with its staff group")
  func joins() async throws {
    try await withBrowser { browser, store in
      try await Self.addOrganisation(store)
      let saved = try await browser.send("/plan", form: Self.nurse(join: Self.joinCode))
      #expect(saved.status == .seeOther)
      let id = try await ReassessPageTests.id(browser, store)
      let record = try #require(try await store.record(id))
      #expect(record.organisation == "RX1")
      #expect(record.staffGroup == "Nursing and midwifery registered")
      #expect(try await store.currentLearners(organisation: "RX1").count == 1)

      let csrf = try ReassessPageTests.csrf(try await browser.send("/my-plan/reassess").body)
      _ = try await browser.send(
        "/my-plan/reassess",
        form: "csrf=\(csrf)&" + PageTests.nurse + "&organisation=RX2&join=x&staffGroup=Students")
      let current = try #require(try await store.record(id)?.assessments.last?.learner)
      #expect(current.contains("\"organisation\":\"RX1\""))
      #expect(current.contains("Nursing and midwifery registered"))
    }
  }

  @Test("A wrong or missing join code is a 400 on the start page, and nothing is saved")
  func refused() async throws {
    try await withBrowser { browser, store in
      try await Self.addOrganisation(store)
      for (form, message) in [
        (Self.nurse(join: "guess"), "That join code is not your organisation"),
        (Self.nurse(join: ""), "Enter the join code your workforce lead gave you"),
        (PageTests.nurse + "&staffGroup=Astronauts", "Choose your staff group from the list"),
      ] {
        let reply = try await browser.send("/plan", form: form)
        #expect(reply.status == .badRequest, "\(form)")
        #expect(reply.body.contains(message), "\(form)")
        #expect(reply.header("Location") == nil)
      }
      #expect(try await store.currentLearners(organisation: "RX1").isEmpty)
    }
  }
}
