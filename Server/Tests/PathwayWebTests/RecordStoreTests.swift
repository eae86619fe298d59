import Foundation
import Logging
import Testing

@testable import PathwayStore

@Suite("The record store, on each database")
struct RecordStoreTests {
  static let learner = #"{"archetype":"user","id":"learner","profession":"nurse"}"#

  @Test(
    "A record is kept with its assessments in order and its progress",
    arguments: TestDatabase.available)
  func keepsARecord(database: TestDatabase) async throws {
    let store = try await database.open()
    let id = Secret.identifier()
    try await store.createRecord(
      id: id, keyHash: Secret.hash("k"), organisation: "RX1", staffGroup: "Nursing",
      learner: Self.learner,
      at: 1_800_000_000)
    #expect(try await store.addAssessment(record: id, learner: "{\"second\":1}", at: 1_800_000_005))
    #expect(
      try await store.setProgress(record: id, resource: "b", status: "started", at: 1_800_000_006))
    #expect(
      try await store.setProgress(record: id, resource: "a", status: "done", at: 1_800_000_007))
    #expect(
      try await store.setProgress(record: id, resource: "b", status: "done", at: 1_800_000_008))
    let record = try #require(try await store.record(id))
    #expect(record.organisation == "RX1")
    #expect(record.staffGroup == "Nursing")
    #expect(record.created == 1_800_000_000)
    #expect(record.active == 1_800_000_008)
    #expect(record.assessments.map(\.learner) == [Self.learner, "{\"second\":1}"])
    #expect(
      record.progress == [
        .init(resource: "a", status: "done", at: 1_800_000_007),
        .init(resource: "b", status: "done", at: 1_800_000_008),
      ])
    #expect(try await store.removeProgress(record: id, resource: "a", at: 1_800_000_009))
    #expect(try await store.record(id)?.progress.map(\.resource) == ["b"])
    try await store.close()
  }

  @Test("A deleted record is gone, rows and all", arguments: TestDatabase.available)
  func deletes(database: TestDatabase) async throws {
    let store = try await database.open()
    let id = Secret.identifier()
    try await store.createRecord(
      id: id, keyHash: "h", organisation: nil, staffGroup: nil, learner: Self.learner,
      at: 1_800_000_000)
    _ = try await store.setProgress(record: id, resource: "a", status: "done", at: 1_800_000_001)
    try await store.deleteRecord(id)
    #expect(try await store.record(id) == nil)
    let left = try await store.pool.withDatabase { database in
      try await database.raw(
        """
        SELECT (SELECT COUNT(*) FROM assessments WHERE record = \(bind: id)) + \
        (SELECT COUNT(*) FROM progress WHERE record = \(bind: id)) AS n
        """
      ).first()?.decode(column: "n", as: Int.self)
    }
    #expect(left == 0)
    #expect(try await store.addAssessment(record: id, learner: "{}", at: 1_800_000_002) == false)
    #expect(try await store.setProgress(record: id, resource: "a", status: "done", at: 1) == false)
    try await store.close()
  }

  @Test(
    "Records with no activity for the retention period are deleted",
    arguments: TestDatabase.available)
  func retention(database: TestDatabase) async throws {
    let store = try await database.open()
    let (old, recent) = (Secret.identifier(), Secret.identifier())
    try await store.createRecord(
      id: old, keyHash: "h", organisation: nil, staffGroup: nil, learner: Self.learner, at: 1_000)
    try await store.createRecord(
      id: recent, keyHash: "h", organisation: nil, staffGroup: nil, learner: Self.learner, at: 1_000
    )
    _ = try await store.setProgress(record: recent, resource: "a", status: "done", at: 3_000)
    #expect(try await store.deleteInactive(before: 2_000) >= 1)
    #expect(try await store.record(old) == nil)
    #expect(try await store.record(recent) != nil)
    try await store.deleteRecord(recent)
    try await store.close()
  }

  @Test("Updates to one record at once are all kept", arguments: TestDatabase.available)
  func concurrentUpdates(database: TestDatabase) async throws {
    let store = try await database.open()
    let id = Secret.identifier()
    try await store.createRecord(
      id: id, keyHash: "h", organisation: nil, staffGroup: nil, learner: Self.learner,
      at: 1_800_000_000)
    try await withThrowingTaskGroup(of: Bool.self) { group in
      for index in 0..<16 {
        group.addTask {
          try await store.setProgress(
            record: id, resource: "r\(index)", status: "done", at: 1_800_000_000 + Int64(index))
        }
        group.addTask {
          try await store.addAssessment(record: id, learner: "{\"n\":\(index)}", at: 1_800_000_000)
        }
      }
      for try await kept in group { #expect(kept) }
    }
    let record = try #require(try await store.record(id))
    #expect(record.progress.count == 16)
    #expect(record.assessments.count == 17)
    try await store.close()
  }

  @Test("Organisations, their join codes and leads' keys", arguments: TestDatabase.available)
  func organisationsAndLeads(database: TestDatabase) async throws {
    let store = try await database.open()
    let organisation = "ORG" + Secret.identifier()
    try await store.putOrganisation(id: organisation, name: "A trust", joinHash: "j1", at: 1)
    try await store.putOrganisation(id: organisation, name: "A trust", joinHash: "j2", at: 2)
    #expect(try await store.joinHash(organisation: organisation) == "j2")
    let lead = LeadKey(
      id: Secret.identifier(), organisation: organisation, keyHash: "k", created: 5)
    try await store.addLead(lead)
    #expect(try await store.leads(organisation: organisation) == [lead])
    #expect(try await store.lead(lead.id) == lead)
    #expect(try await store.removeLead(lead.id))
    #expect(try await store.removeLead(lead.id) == false)
    let member = Secret.identifier()
    // Active after the retention test's cut-off: the tests share one PostgreSQL database and run
    // at once, and that test deletes every record inactive before it.
    try await store.createRecord(
      id: member, keyHash: "m", organisation: organisation, staffGroup: nil, learner: "{}",
      at: 1_800_000_000)
    #expect(try await store.currentLearners(organisation: organisation).count == 1)
    #expect(try await store.removeOrganisation(organisation))
    #expect(try await store.joinHash(organisation: organisation) == nil)
    #expect(try await store.record(member)?.organisation == nil)
    #expect(try await store.currentLearners(organisation: organisation).isEmpty)
    try await store.close()
  }

  @Test(
    "A second start finds the schema in place; a newer schema is refused",
    arguments: TestDatabase.available)
  func migrations(database: TestDatabase) async throws {
    let location = try await database.freshLocation()
    let first = try #require(try await RecordStore.open(location, logger: Logger(label: "test")))
    try await first.close()
    let second = try #require(try await RecordStore.open(location, logger: Logger(label: "test")))
    let versions = try await second.pool.withDatabase { database in
      try await database.raw("SELECT version FROM pathway_schema ORDER BY version").all()
        .map { try $0.decode(column: "version", as: Int.self) }
    }
    #expect(versions == Array(1...Schema.latest))
    try await second.pool.withDatabase { database in
      try await database.raw(
        "INSERT INTO pathway_schema (version) VALUES (\(bind: Schema.latest + 1))"
      ).run()
    }
    try await second.close()
    await #expect(throws: StoreError.newerSchema(found: Schema.latest + 1, known: Schema.latest)) {
      _ = try await RecordStore.open(location, logger: Logger(label: "test"))
    }
  }

  @Test(
    "Servers starting together on PostgreSQL migrate one at a time",
    arguments: TestDatabase.available.filter { $0 == .postgres })
  func startingTogether(database: TestDatabase) async throws {
    let location = try await database.freshLocation()
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<4 {
        group.addTask {
          let store = try await RecordStore.open(location, logger: Logger(label: "test"))
          try await store?.close()
        }
      }
      try await group.waitForAll()
    }
  }

  @Test("A SQLite file that is not Pathway's is refused")
  func foreignSQLite() async throws {
    let path = TestDatabase.temporaryFile()
    let pool = ConnectionPool<SQLiteSource>.sqlite(path: path, logger: Logger(label: "test"))
    try await pool.withDatabase { try await $0.raw("CREATE TABLE notes (text TEXT)").run() }
    try await pool.shutdown()
    await #expect(throws: StoreError.notPathway) {
      _ = try await RecordStore.open(.sqlite(path: path), logger: Logger(label: "test"))
    }
  }

  @Test("SQLite runs with write-ahead logging, syncs at checkpoints, and overwrites freed pages")
  func sqliteSettings() async throws {
    let store = try await TestDatabase.sqlite.open()
    let (mode, secure, synchronous) = try await store.pool.withDatabase { database in
      (
        try await database.raw("PRAGMA journal_mode").first()?.decode(
          column: "journal_mode", as: String.self),
        try await database.raw("PRAGMA secure_delete").first()?.decode(
          column: "secure_delete", as: Int.self),
        try await database.raw("PRAGMA synchronous").first()?.decode(
          column: "synchronous", as: Int.self)
      )
    }
    #expect(mode == "wal")
    #expect(secure == 1)
    #expect(synchronous == 1)
    try await store.close()
  }

  @Test("A store URL's password never shows")
  func redaction() {
    #expect(
      StoreLocation("postgres://pathway:s3cret@db.example:5432/pathway")?.redacted
        == "postgres://pathway:***@db.example:5432/pathway")
    #expect(
      StoreLocation("postgres+uds://pathway@localhost/run/pg#db")?.redacted
        == "postgres+uds://pathway@localhost/run/pg#db")
    #expect(StoreLocation("mysql://x") == nil)
    #expect(StoreLocation("sqlite:") == nil)
  }

  @Test("Keys are long, random and kept only as hashes compared in full")
  func secrets() {
    let key = Secret.key()
    #expect(key.count == 43)
    #expect(key != Secret.key())
    #expect(Secret.matches(key, hash: Secret.hash(key)))
    #expect(!Secret.matches(key + "x", hash: Secret.hash(key)))
    #expect(!Secret.matches(key, hash: String(Secret.hash(key).dropLast())))
  }
}
