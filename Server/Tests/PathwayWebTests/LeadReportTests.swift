import Foundation
import PathwayStore
import Testing

@testable import PathwayWeb

@Suite("A lead's report, on each database")
struct LeadReportTests {
  /// A new organisation whose join code is `code`, and a lead's key for it.
  static func organisationWithLead(_ store: RecordStore) async throws -> (String, key: String) {
    let organisation = "RX" + Secret.identifier()
    try await store.putOrganisation(
      id: organisation, name: "", joinHash: Secret.hash("code"), at: 1)
    let leadID = Secret.identifier()
    let key = leadID + "." + Secret.key()
    try await store.addLead(
      LeadKey(id: leadID, organisation: organisation, keyHash: Secret.hash(key), created: 1))
    return (organisation, key)
  }

  @Test(
    "Small numbers are suppressed; only a lead's key for the organisation reads it",
    arguments: TestDatabase.available)
  func suppression(database: TestDatabase) async throws {
    try await withRecords(database) { client, store in
      let (organisation, key) = try await Self.organisationWithLead(store)
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

  @Test(
    "The report counts what learners have marked done as completed",
    arguments: TestDatabase.available)
  func doneCounts(database: TestDatabase) async throws {
    try await withRecords(database) { client, store in
      let (organisation, key) = try await Self.organisationWithLead(store)
      let joining =
        String(nurseJSON.dropLast()) + #", "organisation": "\#(organisation)", "join": "code"}"#
      var records: [(id: String, key: String)] = []
      for _ in 0..<5 { records.append(try await client.create(joining)) }
      let path = "/api/organisations/\(organisation)/report"
      let before = try await client.send(path, key: key).body
      let planned = stepResources(
        try await client.send("/api/records/\(records[0].id)", key: records[0].key))
      for record in records {
        for resource in planned {
          _ = try await client.send(
            "/api/records/\(record.id)/progress/\(resource)", .put, key: record.key,
            body: #"{"status": "done"}"#)
        }
      }
      let after = try await client.send(path, key: key).body
      let rules = try #require(bundled)
      let lead = LeadReport(rules: rules, records: store, suppressBelow: 5)
      let member = String(nurseJSON.dropLast()) + #", "organisation": "\#(organisation)"}"#
      let done = CurrentLearner(learner: member, done: planned)
      #expect(after != before)
      #expect(
        after == lead.suppressed(lead.report(Array(repeating: done, count: 5))).json.serialized())
    }
  }

  @Test("An export is pseudonymised: a fresh id each time, nothing else of the record")
  func export() {
    let stored = CurrentLearner(
      learner: #"{"archetype":"user","id":"learner","profession":"nurse"}"#, done: [])
    let first = RecordExport.pseudonymised(stored)
    #expect(first.hasPrefix(#"{"archetype":"user","id":"learner-"#))
    #expect(first.hasSuffix(#","profession":"nurse"}"#))
    #expect(first != RecordExport.pseudonymised(stored))
  }

  @Test("An export lists the resources done among the completed ones, each once")
  func exportDone() {
    let stored = CurrentLearner(
      learner: #"{"archetype":"user","completed":["a"],"id":"learner","profession":"nurse"}"#,
      done: ["a", "b"])
    #expect(
      RecordExport.pseudonymised(stored).hasPrefix(#"{"archetype":"user","completed":["a","b"],"#))
  }
}
