import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Pathway
import PathwayStore
import Testing

@testable import PathwayWeb

/// Sends requests to one app over the bundled rules and a store of records.
struct RecordsClient {
  let client: any TestClientProtocol

  func send(
    _ uri: String, _ method: HTTPRequest.Method = .get, key: String? = nil, body: String? = nil
  ) async throws -> Reply {
    var headers = HTTPFields()
    if let key { headers[.authorization] = "Bearer " + key }
    return try await client.execute(
      uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
    ) { response in
      Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
  }

  /// A new record for the example nurse: its id and key.
  func create(_ body: String = nurseJSON) async throws -> (id: String, key: String) {
    let reply = try await send("/api/records", .post, body: body)
    #expect(reply.status == .created)
    let members = try #require(StoredLearner.members(Array(reply.body.utf8)))
    guard case .string(let id) = members["record"], case .string(let key) = members["key"] else {
      throw RecordsTestError.noRecord(reply.body)
    }
    return (id, key)
  }
}

enum RecordsTestError: Error { case noRecord(String) }

/// Runs `body` against an app whose records are in a new store on `database`.
func withRecords(
  _ database: TestDatabase, _ body: @Sendable (RecordsClient, RecordStore) async throws -> Void
) async throws {
  let store = try await database.open()
  let rules = try #require(bundled)
  let app = Application(router: WebApp(store: rules, records: store).router())
  try await app.test(.router) { client in try await body(RecordsClient(client: client), store) }
  try await store.close()
}

/// The resource ids of the steps in a reply's plan, in order.
func stepResources(_ reply: Reply) -> [String] {
  guard case .object(let plan) = StoredLearner.members(Array(reply.body.utf8))?["plan"],
    case .array(let steps) = plan["steps"]
  else { return [] }
  return steps.compactMap { step in
    guard case .object(let members) = step, case .string(let id) = members["resource"] else {
      return nil
    }
    return id
  }
}

@Suite("The records API, on each database")
struct RecordsAPITests {
  @Test(
    "A record is created, read back with its key, and a wrong or missing key is a 404",
    arguments: TestDatabase.available)
  func createAndRead(database: TestDatabase) async throws {
    try await withRecords(database) { client, _ in
      let (id, key) = try await client.create()
      #expect(key.count >= 22)
      let read = try await client.send("/api/records/\(id)", key: key)
      #expect(read.status == .ok)
      #expect(read.body.contains("\"record\":\"\(id)\""))
      #expect(read.body.contains("\"assessments\":[{\"at\":\""))
      #expect(!stepResources(read).isEmpty)
      let wrong = try await client.send("/api/records/\(id)", key: Secret.key())
      let missing = try await client.send("/api/records/\(id)")
      let unknown = try await client.send("/api/records/\(Secret.identifier())", key: key)
      for reply in [wrong, missing, unknown] {
        #expect(reply.status == .notFound)
        #expect(reply.body == wrong.body)
      }
    }
  }

  @Test(
    "A resource marked done leaves the plan; undoing it brings it back",
    arguments: TestDatabase.available)
  func progress(database: TestDatabase) async throws {
    try await withRecords(database) { client, _ in
      let (id, key) = try await client.create()
      let before = stepResources(try await client.send("/api/records/\(id)", key: key))
      let first = try #require(before.first)
      let done = try await client.send(
        "/api/records/\(id)/progress/\(first)", .put, key: key, body: #"{"status": "done"}"#)
      #expect(done.status == .ok)
      #expect(!stepResources(done).contains(first))
      let read = try await client.send("/api/records/\(id)", key: key)
      #expect(read.body.contains(#"{"resource":"\#(first)","status":"done","#))
      #expect(read.body.contains(#""retired":false"#))
      let undone = try await client.send("/api/records/\(id)/progress/\(first)", .delete, key: key)
      #expect(undone.status == .ok)
      #expect(stepResources(undone) == before)
    }
  }

  @Test(
    "An unknown resource or status in a progress update is a 400", arguments: TestDatabase.available
  )
  func badProgress(database: TestDatabase) async throws {
    try await withRecords(database) { client, _ in
      let (id, key) = try await client.create()
      let unknown = try await client.send(
        "/api/records/\(id)/progress/book-deep-medicin", .put, key: key,
        body: #"{"status": "done"}"#)
      #expect(unknown.status == .badRequest)
      #expect(unknown.body.contains(#""help":"did you mean `book-deep-medicine`?""#))
      let status = try await client.send(
        "/api/records/\(id)/progress/book-deep-medicine", .put, key: key,
        body: #"{"status": "finished"}"#)
      #expect(status.status == .badRequest)
      let stranger = try await client.send(
        "/api/records/\(id)/progress/book-deep-medicin", .put, key: Secret.key(),
        body: #"{"status": "done"}"#)
      #expect(stranger.status == .notFound)
    }
  }

  @Test(
    "A new assessment says what changed; one that does not check changes nothing",
    arguments: TestDatabase.available)
  func reassess(database: TestDatabase) async throws {
    try await withRecords(database) { client, _ in
      let (id, key) = try await client.create()
      let changed = try await client.send(
        "/api/records/\(id)/assessments", .post, key: key,
        body: #"{"assessment": {"patients.direct-care": 1, "data.collection": 2, "ai.ml": 2}}"#)
      #expect(changed.status == .ok)
      #expect(
        changed.body.contains(#""changes":["#)
          && changed.body.contains(#"{"capability":"ai.ml","from":0,"to":2}"#))
      #expect(changed.body.contains(#"{"capability":"data.privacy","from":1,"to":0}"#))
      let bad = try await client.send(
        "/api/records/\(id)/assessments", .post, key: key, body: #"{"assessment": {"ai.mll": 2}}"#)
      #expect(bad.status == .badRequest)
      #expect(bad.body.contains("unknown-capability"))
      #expect(bad.body.contains(#""line":1,"column":17"#))
      let read = try await client.send("/api/records/\(id)", key: key)
      guard
        case .array(let assessments) = StoredLearner.members(Array(read.body.utf8))?["assessments"]
      else {
        Issue.record("no assessments in \(read.body)")
        return
      }
      #expect(assessments.count == 2)
    }
  }

  @Test(
    "A learner that does not check makes no record, with positioned diagnostics",
    arguments: TestDatabase.available)
  func badLearner(database: TestDatabase) async throws {
    try await withRecords(database) { client, _ in
      let reply = try await client.send(
        "/api/records", .post, body: #"{"archetype": "usr", "profession": "nurse"}"#)
      #expect(reply.status == .badRequest)
      #expect(reply.body.contains("unknown-archetype"))
      #expect(reply.body.contains(#""line":1,"column":15"#))
    }
  }

  @Test("A record joins an organisation only with its join code", arguments: TestDatabase.available)
  func joining(database: TestDatabase) async throws {
    try await withRecords(database) { client, store in
      let organisation = "RX" + Secret.identifier()
      try await store.putOrganisation(
        id: organisation, name: "", joinHash: Secret.hash("open sesame"), at: 1)
      let learner =
        #"{"archetype": "user", "profession": "nurse", "organisation": "\#(organisation)""#
      let none = try await client.send("/api/records", .post, body: learner + "}")
      let wrong = try await client.send(
        "/api/records", .post, body: learner + #", "join": "guess"}"#)
      #expect(none.status == .badRequest)
      #expect(wrong.status == .badRequest)
      let (id, key) = try await client.create(
        learner + #", "join": "open sesame", "staffGroup": "Nursing"}"#)
      let read = try await client.send("/api/records/\(id)", key: key)
      #expect(read.body.contains(#""organisation":"\#(organisation)","staffGroup":"Nursing""#))
      #expect(!read.body.contains("open sesame"))
    }
  }

  @Test(
    "A resource that has left the catalogue shows as retired", arguments: TestDatabase.available)
  func retired(database: TestDatabase) async throws {
    try await withRecords(database) { client, store in
      let (id, key) = try await client.create()
      // Dated after every retention test's cut-off: they share the PostgreSQL database.
      _ = try await store.setProgress(
        record: id, resource: "withdrawn-course", status: "done", at: 4_102_444_800)
      let read = try await client.send("/api/records/\(id)", key: key)
      #expect(read.status == .ok)
      #expect(
        read.body.contains(
          #"{"resource":"withdrawn-course","status":"done","at":"2100-01-01T00:00:00Z","retired":true}"#
        ))
    }
  }

  @Test(
    "A record whose resources or capabilities have left still plans",
    arguments: TestDatabase.available)
  func retiredInTheLearner(database: TestDatabase) async throws {
    try await withRecords(database) { client, store in
      let (id, key) = try await client.create()
      let stale =
        #"{"archetype":"user","assessment":{"ai.ml":1,"gone.capability":2},"completed":["withdrawn-course"],"id":"learner","profession":"nurse"}"#
      #expect(try await store.addAssessment(record: id, learner: stale, at: 1_800_000_000))
      let read = try await client.send("/api/records/\(id)", key: key)
      #expect(read.status == .ok)
      #expect(!stepResources(read).isEmpty)
    }
  }

  @Test("Progress on two resources sent at once is all kept", arguments: TestDatabase.available)
  func concurrent(database: TestDatabase) async throws {
    try await withRecords(database) { client, _ in
      let (id, key) = try await client.create()
      let resources = [
        "book-deep-medicine", "podcast-nejm-ai-grand-rounds", "sujan-hfe-principles-healthcare-ai",
      ]
      try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
        for resource in resources {
          group.addTask {
            try await client.send(
              "/api/records/\(id)/progress/\(resource)", .put, key: key,
              body: #"{"status": "started"}"#
            ).status
          }
        }
        for try await status in group { #expect(status == .ok) }
      }
      let read = try await client.send("/api/records/\(id)", key: key)
      for resource in resources {
        #expect(read.body.contains(#"{"resource":"\#(resource)","status":"started""#))
      }
    }
  }

  @Test("A deleted record is gone", arguments: TestDatabase.available)
  func delete(database: TestDatabase) async throws {
    try await withRecords(database) { client, _ in
      let (id, key) = try await client.create()
      #expect(
        try await client.send("/api/records/\(id)", .delete, key: Secret.key()).status == .notFound)
      #expect(try await client.send("/api/records/\(id)", .delete, key: key).status == .noContent)
      #expect(try await client.send("/api/records/\(id)", key: key).status == .notFound)
    }
  }

  @Test("With no store, the records API says none are kept")
  func noStore() async throws {
    let reply = try await send("/api/records", method: .post, body: nurseJSON)
    #expect(reply.status == .notFound)
    #expect(reply.body.contains("keeps no records"))
  }

  @Test("/healthz is 503 when the store cannot be reached")
  func unreachable() async throws {
    let store = try await TestDatabase.sqlite.open()
    try await store.close()
    let app = Application(router: WebApp(store: try #require(bundled), records: store).router())
    try await app.test(.router) { client in
      let health = try await RecordsClient(client: client).send("/healthz")
      #expect(health.status == .serviceUnavailable)
      let create = try await RecordsClient(client: client).send(
        "/api/records", .post, body: nurseJSON)
      #expect(create.status == .serviceUnavailable)
      let plan = try await RecordsClient(client: client).send("/api/plan", .post, body: nurseJSON)
      #expect(plan.status == .ok)
    }
  }
}
