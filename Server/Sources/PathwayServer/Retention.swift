import Foundation
import Logging
import PathwayStore

/// Deletes records with no activity for the retention period, and sessions idle for longer than
/// a session lasts: once at start, then daily.
struct Retention: Sendable {
  let store: RecordStore
  /// 0 keeps records for ever.
  let days: Int
  /// Seconds a session lasts without a request.
  let sessionIdleSeconds: Int64
  let logger: Logger

  /// Starts the daily sweep; cancel the task to stop it.
  func start() -> Task<Void, Never> {
    Task {
      while !Task.isCancelled {
        await sweep()
        try? await Task.sleep(for: .seconds(86_400))
      }
    }
  }

  /// One sweep, logged with how many records and sessions went.
  func sweep() async {
    let now = Int64(Date().timeIntervalSince1970)
    do {
      let sessions = try await store.deleteIdleSessions(before: now - sessionIdleSeconds)
      let records =
        days > 0 ? try await store.deleteInactive(before: now - Int64(days) * 86_400) : 0
      logger.notice(
        "retention",
        metadata: ["deleted": "\(records)", "days": "\(days)", "sessionsEnded": "\(sessions)"])
    } catch {
      logger.error("retention failed", metadata: ["error": "\(StoreLocation.redact("\(error)"))"])
    }
  }
}
