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

@Suite("A lead's report page")
struct LeadReportPageTests {
  @Test("A lead's key shows the organisation's numbers, small ones hidden; a wrong key is a 404")
  func page() async throws {
    try await withBrowser { browser, store in
      let (organisation, key) = try await LeadReportTests.organisationWithLead(store)
      let member = "&organisation=\(organisation)&join=code"
      for _ in 0..<2 { _ = try await browser.send("/plan", form: PageTests.nurse + member) }
      let few = try await browser.send("/lead", form: "key=\(key)")
      #expect(few.status == .ok)
      #expect(few.body.contains("too few to show anything"))
      #expect(!few.body.contains("<table"))

      for _ in 0..<3 { _ = try await browser.send("/plan", form: PageTests.nurse + member) }
      let embedder = PageTests.nurse.replacing("archetype=user", with: "archetype=embedder")
      _ = try await browser.send("/plan", form: embedder + member)
      let report = try await browser.send("/lead", form: "key=\(key)")
      #expect(report.body.contains("6 learners have saved a plan"))
      #expect(report.body.contains(#"<tr><th scope="row">Users</th><td>5</td>"#))
      #expect(report.body.contains(#"<tr><th scope="row">Other</th><td>fewer than 5</td>"#))
      #expect(!report.body.contains("<td>1</td>"))

      let wrong = try await browser.send("/lead", form: "key=\(Secret.key())")
      #expect(wrong.status == .notFound)
      #expect(wrong.body.contains("That key is not a lead"))
      #expect(try await browser.send("/lead").status == .ok)
    }
  }
}
