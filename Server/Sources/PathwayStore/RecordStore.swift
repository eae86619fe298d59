import Foundation
import Logging
import SQLKit

/// Learners' records, organisations and leads' keys, in SQLite or PostgreSQL through one set of
/// queries; every change is one transaction.
public final class RecordStore: Sendable {
  /// Where every change is made, one transaction at a time on a connection of its own.
  let pool: any SQLPool
  /// Where reads outside a change are made: for SQLite, connections of their own, which its
  /// write-ahead log lets read while the one writer writes; for PostgreSQL, the same pool.
  let readers: any SQLPool

  private init(pool: any SQLPool, readers: any SQLPool) {
    self.pool = pool
    self.readers = readers
  }

  /// Opens the store and brings its schema up to date; nil for `none`.
  public static func open(_ location: StoreLocation, logger: Logger) async throws -> RecordStore? {
    let store: RecordStore
    switch location {
    case .none: return nil
    case .sqlite(let path):
      store = RecordStore(
        pool: .sqlite(path: path, logger: logger),
        readers: .sqliteReaders(path: path, logger: logger))
    case .postgres(let url):
      let pool = try ConnectionPool.postgres(url: url, logger: logger)
      store = RecordStore(pool: pool, readers: pool)
    }
    do {
      try await store.transaction { try await Schema.migrate($0) }
      if case .sqlite = location { try await store.useWriteAheadLog() }
    } catch {
      try? await store.close()
      throw error
    }
    return store
  }

  /// Turns on SQLite's write-ahead log (kept in the file), waiting while another process holds
  /// the file, as servers starting together do.
  private func useWriteAheadLog() async throws {
    for attempt in 1...50 {
      do {
        try await pool.withDatabase { try await $0.raw("PRAGMA journal_mode = WAL").run() }
        return
      } catch  where attempt < 50 {
        try await Task.sleep(for: .milliseconds(100))
      }
    }
  }

  /// Closes every connection.
  public func close() async throws {
    if readers as AnyObject !== pool as AnyObject { try await readers.shutdown() }
    try await pool.shutdown()
  }

  /// Whether the database answers.
  public func isReachable() async -> Bool {
    (try? await pool.withDatabase { try await $0.raw("SELECT 1 AS one").run() }) != nil
  }

  // MARK: Records

  /// Keeps a new record with its first assessment.
  public func createRecord(
    id: String, keyHash: String, organisation: String?, staffGroup: String?, learner: String,
    at: Int64
  ) async throws {
    try await transaction { database in
      try await database.raw(
        """
        INSERT INTO records (id, key_hash, organisation, staff_group, created, active) \
        VALUES (\(bind: id), \(bind: keyHash), \(bind: organisation), \(bind: staffGroup), \
        \(bind: at), \(bind: at))
        """
      ).run()
      try await Self.insertAssessment(database, record: id, learner: learner, at: at)
    }
  }

  /// A record with its history and progress; nil when there is none with the id.
  public func record(_ id: String) async throws -> StoredRecord? {
    try await readers.withDatabase { database in
      guard
        let row = try await database.raw(
          """
          SELECT id, key_hash, organisation, staff_group, created, active FROM records \
          WHERE id = \(bind: id)
          """
        ).first()
      else { return nil }
      let assessments = try await database.raw(
        "SELECT at, learner FROM assessments WHERE record = \(bind: id) ORDER BY seq"
      ).all().map {
        StoredRecord.Assessment(
          at: try $0.decode(column: "at", as: Int64.self),
          learner: try $0.decode(column: "learner", as: String.self))
      }
      let progress = try await database.raw(
        "SELECT resource, status, at FROM progress WHERE record = \(bind: id) ORDER BY resource"
      ).all().map {
        StoredRecord.Progress(
          resource: try $0.decode(column: "resource", as: String.self),
          status: try $0.decode(column: "status", as: String.self),
          at: try $0.decode(column: "at", as: Int64.self))
      }
      return StoredRecord(
        id: try row.decode(column: "id", as: String.self),
        keyHash: try row.decode(column: "key_hash", as: String.self),
        organisation: try row.decode(column: "organisation", as: String?.self),
        staffGroup: try row.decode(column: "staff_group", as: String?.self),
        created: try row.decode(column: "created", as: Int64.self),
        active: try row.decode(column: "active", as: Int64.self),
        assessments: assessments, progress: progress)
    }
  }

  /// Adds an assessment, which becomes the current one; false when the record is gone.
  public func addAssessment(record id: String, learner: String, at: Int64) async throws -> Bool {
    try await change(record: id, at: at) { database in
      try await Self.insertAssessment(database, record: id, learner: learner, at: at)
    }
  }

  /// Sets where the learner is with a resource; false when the record is gone.
  public func setProgress(record id: String, resource: String, status: String, at: Int64)
    async throws -> Bool
  {
    try await change(record: id, at: at) { database in
      try await database.raw(
        """
        INSERT INTO progress (record, resource, status, at) \
        VALUES (\(bind: id), \(bind: resource), \(bind: status), \(bind: at)) \
        ON CONFLICT (record, resource) DO UPDATE SET status = excluded.status, at = excluded.at
        """
      ).run()
    }
  }

  /// Forgets the learner's progress with a resource; false when the record is gone.
  public func removeProgress(record id: String, resource: String, at: Int64) async throws -> Bool {
    try await change(record: id, at: at) { database in
      try await database.raw(
        "DELETE FROM progress WHERE record = \(bind: id) AND resource = \(bind: resource)"
      ).run()
    }
  }

  /// Deletes a record and everything in it.
  public func deleteRecord(_ id: String) async throws {
    try await transaction { database in
      try await Self.deleteRecords(database, matching: "id = \(bind: id)")
    }
  }

  /// Deletes every record with no change since `before`; how many went.
  public func deleteInactive(before: Int64) async throws -> Int {
    try await transaction { database in
      let count =
        try await database.raw(
          "SELECT COUNT(*) AS n FROM records WHERE active < \(bind: before)"
        ).first()?.decode(column: "n", as: Int.self) ?? 0
      try await Self.deleteRecords(database, matching: "active < \(bind: before)")
      return count
    }
  }

  /// The current learner of every record in an organisation, with the resources each has marked
  /// done, in order of record id.
  public func currentLearners(organisation: String) async throws -> [CurrentLearner] {
    try await readers.withDatabase { database in
      let done = try await database.raw(
        """
        SELECT p.record AS record, p.resource AS resource FROM progress p \
        JOIN records r ON r.id = p.record \
        WHERE r.organisation = \(bind: organisation) AND p.status = 'done' \
        ORDER BY p.record, p.resource
        """
      ).all().reduce(into: [String: [String]]()) { done, row in
        done[try row.decode(column: "record", as: String.self), default: []].append(
          try row.decode(column: "resource", as: String.self))
      }
      return try await database.raw(
        """
        SELECT r.id AS id, a.learner AS learner FROM records r \
        JOIN assessments a ON a.record = r.id \
        WHERE r.organisation = \(bind: organisation) AND a.seq = \
        (SELECT MAX(b.seq) FROM assessments b WHERE b.record = r.id) ORDER BY r.id
        """
      ).all().map { row in
        CurrentLearner(
          learner: try row.decode(column: "learner", as: String.self),
          done: done[try row.decode(column: "id", as: String.self)] ?? [])
      }
    }
  }

  // MARK: Organisations and leads

  /// Adds an organisation, or gives an existing one a new join code and name.
  public func putOrganisation(id: String, name: String, joinHash: String, at: Int64) async throws {
    try await transaction { database in
      try await database.raw(
        """
        INSERT INTO organisations (id, name, join_hash, created) \
        VALUES (\(bind: id), \(bind: name), \(bind: joinHash), \(bind: at)) \
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, join_hash = excluded.join_hash
        """
      ).run()
    }
  }

  /// Removes an organisation and its leads' keys, and takes its records out of it (they are the
  /// learners' own and stay); false when there was none.
  public func removeOrganisation(_ id: String) async throws -> Bool {
    try await transaction { database in
      let found = try await database.raw(
        "SELECT id FROM organisations WHERE id = \(bind: id)"
      ).first()
      guard found != nil else { return false }
      try await database.raw("DELETE FROM lead_keys WHERE organisation = \(bind: id)").run()
      try await database.raw(
        "UPDATE records SET organisation = NULL WHERE organisation = \(bind: id)"
      ).run()
      try await database.raw("DELETE FROM organisations WHERE id = \(bind: id)").run()
      return true
    }
  }

  /// The hash of an organisation's join code; nil when there is no such organisation.
  public func joinHash(organisation id: String) async throws -> String? {
    try await readers.withDatabase { database in
      try await database.raw("SELECT join_hash FROM organisations WHERE id = \(bind: id)")
        .first()?.decode(column: "join_hash", as: String.self)
    }
  }

  /// Keeps a lead's key (its hash) for an organisation.
  public func addLead(_ lead: LeadKey) async throws {
    try await transaction { database in
      try await database.raw(
        """
        INSERT INTO lead_keys (id, organisation, key_hash, created) VALUES (\(bind: lead.id), \
        \(bind: lead.organisation), \(bind: lead.keyHash), \(bind: lead.created))
        """
      ).run()
    }
  }

  /// One lead's key by id; nil when there is none.
  public func lead(_ id: String) async throws -> LeadKey? {
    try await leads(matching: "id = \(bind: id)").first
  }

  /// An organisation's leads' keys, oldest first.
  public func leads(organisation: String) async throws -> [LeadKey] {
    try await leads(matching: "organisation = \(bind: organisation)")
  }

  /// Revokes a lead's key; false when there was none.
  public func removeLead(_ id: String) async throws -> Bool {
    try await transaction { database in
      guard try await database.raw("SELECT id FROM lead_keys WHERE id = \(bind: id)").first() != nil
      else { return false }
      try await database.raw("DELETE FROM lead_keys WHERE id = \(bind: id)").run()
      return true
    }
  }

  // MARK: Queries shared by the above

  private func leads(matching condition: SQLQueryString) async throws -> [LeadKey] {
    try await readers.withDatabase { database in
      try await database.raw(
        "SELECT id, organisation, key_hash, created FROM lead_keys WHERE \(condition) ORDER BY created, id"
      ).all().map {
        LeadKey(
          id: try $0.decode(column: "id", as: String.self),
          organisation: try $0.decode(column: "organisation", as: String.self),
          keyHash: try $0.decode(column: "key_hash", as: String.self),
          created: try $0.decode(column: "created", as: Int64.self))
      }
    }
  }

  /// Runs a change to one record in a transaction that first marks the record active (which, in
  /// PostgreSQL, also holds its row until the end, so updates to one record go one at a time).
  private func change(
    record id: String, at: Int64,
    _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void
  ) async throws -> Bool {
    try await transaction { database in
      let touched = try await database.raw(
        "UPDATE records SET active = \(bind: at) WHERE id = \(bind: id) RETURNING id"
      ).first()
      guard touched != nil else { return false }
      try await body(database)
      return true
    }
  }

  private static func insertAssessment(
    _ database: any SQLDatabase, record: String, learner: String, at: Int64
  ) async throws {
    try await database.raw(
      """
      INSERT INTO assessments (record, at, learner) \
      VALUES (\(bind: record), \(bind: at), \(bind: learner))
      """
    ).run()
  }

  private static func deleteRecords(_ database: any SQLDatabase, matching condition: SQLQueryString)
    async throws
  {
    try await database.raw(
      "DELETE FROM progress WHERE record IN (SELECT id FROM records WHERE \(condition))"
    ).run()
    try await database.raw(
      "DELETE FROM assessments WHERE record IN (SELECT id FROM records WHERE \(condition))"
    ).run()
    try await database.raw(
      "DELETE FROM sessions WHERE record IN (SELECT id FROM records WHERE \(condition))"
    ).run()
    try await database.raw("DELETE FROM records WHERE \(condition)").run()
  }

  /// Runs `body` in one transaction on one connection: all of it kept, or none.
  ///
  /// SQLite's is `BEGIN IMMEDIATE`, which takes the write lock at once so that two writers wait
  /// in turn.
  func transaction<T: Sendable>(
    _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
  ) async throws -> T {
    try await pool.withDatabase { database in
      let begin = database.dialect.name == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN"
      try await database.raw("\(unsafeRaw: begin)").run()
      do {
        let result = try await body(database)
        try await database.raw("COMMIT").run()
        return result
      } catch {
        try? await database.raw("ROLLBACK").run()
        throw error
      }
    }
  }
}
