import Foundation
import Pathway
import Synchronization

/// Where the log's lines go: a descriptor (standard error), written whole, one line at a time.
///
/// A line that cannot be written (a full disk, a reader that has gone) never stops the server:
/// it is counted, and the first line written afterwards is preceded by one saying how many
/// were lost.
public final class LogSink: Sendable {
  /// Standard error, where the server logs.
  public static let standardError = LogSink(DescriptorWriter.standardError)

  private let writer: DescriptorWriter
  private let lost = Mutex(0)

  /// A sink writing to `writer`.
  public init(_ writer: DescriptorWriter) {
    self.writer = writer
  }

  /// Writes one line (ending with a newline), or counts it as lost.
  public func write(_ line: String) {
    lost.withLock { lost in
      if lost > 0 {
        let notice = JSON.object([
          ("time", .string(Date().formatted(.iso8601))), ("level", .string("warning")),
          ("label", .string("pathway-server")),
          ("message", .string("\(lost) log line\(lost == 1 ? "" : "s") could not be written")),
        ])
        guard (try? writer.write(notice.serialized() + "\n")) != nil else {
          lost += 1
          return
        }
        lost = 0
      }
      if (try? writer.write(line)) == nil { lost += 1 }
    }
  }
}
