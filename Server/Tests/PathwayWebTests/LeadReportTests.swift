import Foundation
import PathwayStore
import Testing

@testable import PathwayWeb

@Suite("A lead's report, on each database")
struct LeadReportTests {
  @Test(
    "Small numbers are suppressed; only a lead's key for the organisation reads it",
    arguments: TestDatabase.available)
  func suppression(database: TestDatabase) async throws {
    try await withRecords(database) { client, store in
      let organisation = "RX" + Secret.identifier()
      try await store.putOrganisation(
        id: organisation, name: "", joinHash: Secret.hash("code"), at: 1)
      let leadID = Secret.identifier()
      let key = leadID + "." + Secret.key()
      try await store.addLead(
        LeadKey(id: leadID, organisation: organisation, keyHash: Secret.hash(key), created: 1))
      func join(_ archetype: String) async throws {
        _ = try await client.create(
          #"{"archetype": "\#(archetype)", "profession": "nurse", "organisation": "\#(organisation)", "join": "code"}"#
        )
      }
      let path = "/api/organisations/\(organisation)/report"
      for _ in 0..<2 { try await join("user") }
      let few = try await client.send(path, key: key)
      #expect(few.status == .ok)
      #expect(few.body == #"{"suppressed":true,"learners":"<5"}"#)
      for _ in 0..<3 { try await join("user") }
      try await join("embedder")
      let report = try await client.send(path, key: key)
      #expect(report.body.hasPrefix(#"{"learners":6,"#))
      #expect(
        report.body.contains(
          #""byArchetype":[{"name":"user","count":5},{"name":"other","count":"<5"}]"#))
      #expect(try await client.send(path, key: Secret.key()).status == .notFound)
      #expect(
        try await client.send("/api/organisations/ELSEWHERE/report", key: key).status == .notFound)
      #expect(try await client.send(path).status == .notFound)
    }
  }

  @Test("An export is pseudonymised: a fresh id each time, nothing else of the record")
  func export() {
    let stored = #"{"archetype":"user","id":"learner","profession":"nurse"}"#
    let first = RecordExport.pseudonymised(stored)
    #expect(first.hasPrefix(#"{"archetype":"user","id":"learner-"#))
    #expect(first.hasSuffix(#","profession":"nurse"}"#))
    #expect(first != RecordExport.pseudonymised(stored))
  }
}
