import Foundation
import Logging
import PathwayStore

/// Deletes records with no activity for the retention period: once at start, then daily.
struct Retention: Sendable {
  let store: RecordStore
  /// 0 keeps records for ever.
  let days: Int
  let logger: Logger

  /// Starts the daily sweep; cancel the task to stop it.
  func start() -> Task<Void, Never> {
    Task {
      guard days > 0 else { return }
      while !Task.isCancelled {
        await sweep()
        try? await Task.sleep(for: .seconds(86_400))
      }
    }
  }

  /// One sweep, logged with how many records went.
  func sweep() async {
    let before = Int64(Date().timeIntervalSince1970) - Int64(days) * 86_400
    do {
      let deleted = try await store.deleteInactive(before: before)
      logger.notice("retention", metadata: ["deleted": "\(deleted)", "days": "\(days)"])
    } catch {
      logger.error("retention failed", metadata: ["error": "\(StoreLocation.redact("\(error)"))"])
    }
  }
}
