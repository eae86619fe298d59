import SQLKit

/// A signed-in browser: the hash of its cookie's token and the record it reaches.
public struct StoredSession: Sendable, Equatable {
  /// The SHA-256 hash of the session's token.
  public var tokenHash: String
  /// The id of the record the session reaches.
  public var record: String
  /// Seconds since 1970, UTC: the last request.
  public var active: Int64
}

extension RecordStore {
  /// Keeps a new session for a record; false when the record is gone.
  public func createSession(tokenHash: String, record: String, at: Int64) async throws -> Bool {
    try await transaction { database in
      guard
        try await database.raw("SELECT id FROM records WHERE id = \(bind: record)").first() != nil
      else { return false }
      try await database.raw(
        """
        INSERT INTO sessions (token_hash, record, active) \
        VALUES (\(bind: tokenHash), \(bind: record), \(bind: at))
        """
      ).run()
      return true
    }
  }

  /// The session with a token's hash, marked active at `at`; nil when there is none or it has
  /// been idle since before `idleSince` (it is then deleted).
  public func session(tokenHash: String, at: Int64, idleSince: Int64) async throws
    -> StoredSession?
  {
    try await transaction { database in
      try await database.raw(
        "DELETE FROM sessions WHERE token_hash = \(bind: tokenHash) AND active < \(bind: idleSince)"
      ).run()
      guard
        let row = try await database.raw(
          """
          UPDATE sessions SET active = \(bind: at) WHERE token_hash = \(bind: tokenHash) \
          RETURNING record
          """
        ).first()
      else { return nil }
      return StoredSession(
        tokenHash: tokenHash, record: try row.decode(column: "record", as: String.self), active: at)
    }
  }

  /// Ends a session at once.
  public func deleteSession(tokenHash: String) async throws {
    try await transaction { database in
      try await database.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
    }
  }

  /// Deletes every session idle since before `before`; how many went.
  public func deleteIdleSessions(before: Int64) async throws -> Int {
    try await transaction { database in
      let count =
        try await database.raw(
          "SELECT COUNT(*) AS n FROM sessions WHERE active < \(bind: before)"
        ).first()?.decode(column: "n", as: Int.self) ?? 0
      try await database.raw("DELETE FROM sessions WHERE active < \(bind: before)").run()
      return count
    }
  }

  /// The id of the record whose key hashes to `keyHash`; nil when there is none.
  public func recordID(keyHash: String) async throws -> String? {
    try await readers.withDatabase { database in
      try await database.raw("SELECT id FROM records WHERE key_hash = \(bind: keyHash)")
        .first()?.decode(column: "id", as: String.self)
    }
  }
}
