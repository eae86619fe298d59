import Foundation
import Logging
import Pathway

/// Logs as JSON Lines on standard error: time, level, label, message, and the metadata (the
/// request id among them), so that a log tool can read every field; a line that cannot be
/// written is counted, never a crash (`LogSink`).
public struct JSONLogHandler: LogHandler {
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level = .info
  private let label: String
  private let sink: LogSink

  /// A handler for a logger's label, writing to standard error unless told.
  public init(label: String, sink: LogSink = .standardError) {
    self.label = label
    self.sink = sink
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
    sink.write(JSON.object(fields).serialized() + "\n")
  }
}
