import SQLKit

/// The store's tables, one migration a version, applied in order at start.
enum Schema {
  /// Each version's statements, version N at `migrations[N - 1]`.
  ///
  /// `SERIAL KEY` is the dialect's own auto-numbered primary key, the only words that differ
  /// between the two databases.
  static let migrations: [[String]] = [
    [
      """
      CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, \
      join_hash TEXT NOT NULL, created BIGINT NOT NULL)
      """,
      """
      CREATE TABLE records (id TEXT PRIMARY KEY, key_hash TEXT NOT NULL, organisation TEXT, \
      staff_group TEXT, created BIGINT NOT NULL, active BIGINT NOT NULL)
      """,
      "CREATE INDEX records_organisation ON records (organisation)",
      "CREATE INDEX records_active ON records (active)",
      """
      CREATE TABLE assessments (seq SERIAL KEY, record TEXT NOT NULL, at BIGINT NOT NULL, \
      learner TEXT NOT NULL)
      """,
      "CREATE INDEX assessments_record ON assessments (record, seq)",
      """
      CREATE TABLE progress (record TEXT NOT NULL, resource TEXT NOT NULL, status TEXT NOT NULL, \
      at BIGINT NOT NULL, PRIMARY KEY (record, resource))
      """,
      """
      CREATE TABLE lead_keys (id TEXT PRIMARY KEY, organisation TEXT NOT NULL, \
      key_hash TEXT NOT NULL, created BIGINT NOT NULL)
      """,
      "CREATE INDEX lead_keys_organisation ON lead_keys (organisation)",
    ],
    [
      """
      CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, record TEXT NOT NULL, \
      active BIGINT NOT NULL)
      """,
      "CREATE INDEX sessions_record ON sessions (record)",
      "CREATE INDEX records_key_hash ON records (key_hash)",
    ],
  ]

  /// The newest version this build knows.
  static var latest: Int { migrations.count }

  /// SQLite's `application_id` for a Pathway store ("PTHW").
  static let sqliteApplicationID = 0x5054_4857

  /// The PostgreSQL advisory lock that servers starting together take in turn.
  static let postgresLock = 0x7061_7468_7761_79

  /// Brings the database up to the latest version, in one transaction under a lock; refuses a
  /// newer schema, and a SQLite file that is not Pathway's.
  static func migrate(_ database: any SQLDatabase) async throws {
    let isSQLite = database.dialect.name == "sqlite"
    if isSQLite {
      try await refuseForeignSQLite(database)
    } else {
      try await database.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(postgresLock)))")
        .run()
    }
    try await database.raw("CREATE TABLE IF NOT EXISTS pathway_schema (version INTEGER NOT NULL)")
      .run()
    let found =
      try await database.raw("SELECT MAX(version) AS version FROM pathway_schema")
      .first()?.decode(column: "version", as: Int?.self) ?? 0
    guard found <= latest else { throw StoreError.newerSchema(found: found, known: latest) }
    let key = isSQLite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY"
    for version in (found + 1)..<(latest + 1) {
      for statement in migrations[version - 1] {
        let text = statement.replacingOccurrences(of: "SERIAL KEY", with: key)
        try await database.raw("\(unsafeRaw: text)").run()
      }
      try await database.raw("INSERT INTO pathway_schema (version) VALUES (\(bind: version))").run()
    }
    if isSQLite {
      try await database.raw("PRAGMA application_id = \(unsafeRaw: String(sqliteApplicationID))")
        .run()
    }
  }

  /// Refuses a SQLite file that holds tables but is not marked as Pathway's.
  private static func refuseForeignSQLite(_ database: any SQLDatabase) async throws {
    let id =
      try await database.raw("PRAGMA application_id").first()?
      .decode(column: "application_id", as: Int.self) ?? 0
    let tables =
      try await database.raw("SELECT COUNT(*) AS n FROM sqlite_master").first()?
      .decode(column: "n", as: Int.self) ?? 0
    guard id == sqliteApplicationID || (id == 0 && tables == 0) else {
      throw StoreError.notPathway
    }
  }
}
