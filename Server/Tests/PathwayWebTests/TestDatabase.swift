import Foundation
import Logging
import Testing

@testable import PathwayStore

/// The databases the store's tests run against: SQLite always, PostgreSQL when
/// `PATHWAY_TEST_POSTGRES` names a server (as `scripts/test.sh` and CI do).
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case sqlite, postgres

  /// The server's URL, when there is one to test against.
  static let postgresURL = ProcessInfo.processInfo.environment["PATHWAY_TEST_POSTGRES"]

  /// Every database there is to test against here.
  static let available: [TestDatabase] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

  var testDescription: String { rawValue }

  /// A place for a store: a new SQLite file, or the PostgreSQL server's database.
  func location() -> StoreLocation {
    switch self {
    case .sqlite: .sqlite(path: Self.temporaryFile())
    case .postgres: .postgres(url: Self.postgresURL ?? "")
    }
  }

  /// A store, migrated and open.
  func open() async throws -> RecordStore {
    try #require(try await RecordStore.open(location(), logger: Logger(label: "test")))
  }

  /// A new, empty place for a store of its own: a new SQLite file, or a new PostgreSQL database.
  func freshLocation() async throws -> StoreLocation {
    switch self {
    case .sqlite: return location()
    case .postgres:
      let name = "pathway_" + Secret.identifier()
      let store = try await open()
      try await store.pool.withDatabase { try await $0.raw("CREATE DATABASE \(ident: name)").run() }
      try await store.close()
      let url = Self.postgresURL ?? ""
      let base = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
      return .postgres(url: base + "#" + name)
    }
  }

  static func temporaryFile() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "pathway-test-\(Secret.identifier()).sqlite"
    ).path
  }
}
