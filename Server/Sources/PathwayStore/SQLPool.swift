@preconcurrency import AsyncKit
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// Pooled connections to one database, lent one at a time so that a transaction has its own.
protocol SQLPool: Sendable {
  /// Runs `body` on one connection of the pool, kept for it alone until it returns.
  func withDatabase<T: Sendable>(
    _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
  ) async throws -> T

  /// Closes every connection.
  func shutdown() async throws
}

/// A pool over any connection source whose connections speak SQLKit.
final class ConnectionPool<Source: ConnectionPoolSource>: SQLPool, @unchecked Sendable {
  private let pool: EventLoopGroupConnectionPool<Source>
  private let sql: @Sendable (Source.Connection) -> any SQLDatabase

  init(
    _ source: Source, connections: Int, on group: any EventLoopGroup, logger: Logger,
    sql: @escaping @Sendable (Source.Connection) -> any SQLDatabase
  ) {
    pool = EventLoopGroupConnectionPool(
      source: source, maxConnectionsPerEventLoop: connections, logger: logger, on: group)
    self.sql = sql
  }

  func withDatabase<T: Sendable>(
    _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
  ) async throws -> T {
    let sql = self.sql
    return try await pool.withConnection { connection in
      connection.eventLoop.makeFutureWithTask { try await body(sql(connection)) }
    }.get()
  }

  func shutdown() async throws {
    try await pool.shutdownAsync()
  }
}

/// SQLite connections set up for Pathway: freed pages overwritten, a wait rather than an error
/// while another connection writes, and the log synced at checkpoints rather than at every
/// commit (`synchronous = NORMAL`, SQLite's advice with write-ahead logging: a crash of the
/// server loses nothing, a power cut at most the last changes, and the file is never corrupt).
struct SQLiteSource: ConnectionPoolSource {
  let base: SQLiteConnectionSource
  /// Whether its connections only read (`PRAGMA query_only`).
  let readsOnly: Bool

  init(path: String, readsOnly: Bool = false) {
    base = SQLiteConnectionSource(
      configuration: SQLiteConfiguration(storage: .file(path: path), enableForeignKeys: true))
    self.readsOnly = readsOnly
  }

  func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<
    SQLiteConnection
  > {
    base.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
      connection.query("PRAGMA busy_timeout = 10000")
        .flatMap { _ in connection.query("PRAGMA secure_delete = ON") }
        .flatMap { _ in connection.query("PRAGMA synchronous = NORMAL") }
        .flatMap { _ in connection.query("PRAGMA query_only = \(readsOnly ? "ON" : "OFF")") }
        .map { _ in connection }
    }
  }
}

extension SQLPool where Self == ConnectionPool<SQLiteSource> {
  /// One SQLite connection to a file, which every change waits its turn for: SQLite writes one
  /// at a time whatever the number of connections.
  static func sqlite(path: String, logger: Logger) -> Self {
    ConnectionPool(
      SQLiteSource(path: path), connections: 1, on: MultiThreadedEventLoopGroup.singleton.next(),
      logger: logger
    ) { $0.sql() }
  }

  /// Connections that only read a SQLite file, two on each event loop: with the write-ahead
  /// log they read the last committed state while the one writer writes.
  static func sqliteReaders(path: String, logger: Logger) -> Self {
    ConnectionPool(
      SQLiteSource(path: path, readsOnly: true), connections: 2,
      on: MultiThreadedEventLoopGroup.singleton, logger: logger
    ) { $0.sql() }
  }
}

extension SQLPool where Self == ConnectionPool<PostgresConnectionSource> {
  /// A pool of PostgreSQL connections from a URL in one of postgres-kit's forms.
  static func postgres(url: String, logger: Logger) throws -> Self {
    let configuration = try SQLPostgresConfiguration(url: url)
    return ConnectionPool(
      PostgresConnectionSource(sqlConfiguration: configuration), connections: 4,
      on: MultiThreadedEventLoopGroup.singleton, logger: logger
    ) { $0.sql() }
  }
}
