import Foundation
import Logging
import Pathway

/// Logs as JSON Lines on standard error: time, level, label, message, and the metadata (the
/// request id among them), so that a log tool can read every field.
public struct JSONLogHandler: LogHandler {
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level = .info
  private let label: String

  /// A handler for a logger's label.
  public init(label: String) {
    self.label = label
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var fields: [(String, JSON)] = [
      ("time", .string(Date().formatted(.iso8601))),
      ("level", .string(event.level.rawValue)),
      ("label", .string(label)),
      ("message", .string("\(event.message)")),
    ]
    let merged = metadata.merging(event.metadata ?? [:]) { $1 }
    for key in merged.keys.sorted() {
      if let value = merged[key] { fields.append((key, .string("\(value)"))) }
    }
    FileHandle.standardError.write(Data((JSON.object(fields).serialized() + "\n").utf8))
  }
}
