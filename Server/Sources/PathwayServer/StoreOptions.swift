import ArgumentParser
import Foundation
import Logging
import PathwayStore

/// `--store`, shared by the server and its record commands: where learners' records are kept.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "sqlite:PATH, postgres://USER:PASSWORD@HOST:PORT/DB, postgres+uds://USER@localhost/SOCKET-PATH#DB or none (default sqlite:pathway.sqlite; also PATHWAY_STORE).",
      valueName: "url"))
  var store: String?

  /// The location given, else `PATHWAY_STORE`, else the SQLite file in the working folder.
  func location() throws -> StoreLocation {
    let text = store ?? ProcessInfo.processInfo.environment["PATHWAY_STORE"]
    guard let text else { return .standard }
    guard let location = StoreLocation(text) else {
      throw ValidationError(StoreError.badLocation(StoreLocation.redact(text)).description)
    }
    return location
  }

  /// Runs a record command's work on the store, closed after it; a command has nothing to do
  /// without one.
  func withStore<T: Sendable>(_ body: (RecordStore) async throws -> T) async throws -> T {
    guard let store = try await open(logger: Logger(label: "pathway-server")) else {
      throw Self.failure("--store none keeps no records; name a store")
    }
    do {
      let result = try await body(store)
      try await store.close()
      return result
    } catch {
      try? await store.close()
      throw error
    }
  }

  /// Says what went wrong on standard error, and exits 1.
  static func failure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("pathway-server: \(message)\n".utf8))
    return ExitCode.failure
  }

  /// Opens the store, or says which store could not be opened and why, and exits 1.
  func open(logger: Logger) async throws -> RecordStore? {
    let location = try location()
    do {
      return try await RecordStore.open(location, logger: logger)
    } catch {
      throw Self.failure(
        "cannot open the store \(location.redacted): \(StoreLocation.redact(String(reflecting: error)))"
      )
    }
  }
}
