#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes bytes to an open file descriptor with `write(2)`, reporting every failure.
///
/// Foundation's `FileHandle.write` traps when a write fails (a full disk, a closed pipe); this
/// writer throws a `WriteFailure` instead, which a command turns into `path: error: ...` and
/// exit status 1. A process that writes to pipes ignores SIGPIPE (`ignoreBrokenPipes()`), so a
/// reader that goes away is an `EPIPE` failure here, not a silent death.
public struct DescriptorWriter: Sendable {
  /// The descriptor written to.
  public let descriptor: Int32
  /// What the descriptor is, as a diagnostic names it: a path, or `standard output`.
  public let name: String

  /// A writer over a descriptor the caller keeps open.
  public init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
  }

  /// Standard output.
  public static let standardOutput = DescriptorWriter(
    descriptor: STDOUT_FILENO, name: "standard output")
  /// Standard error.
  public static let standardError = DescriptorWriter(
    descriptor: STDERR_FILENO, name: "standard error")

  /// Writes all of `text` as UTF-8, retrying short and interrupted writes.
  public func write(_ text: String) throws(WriteFailure) {
    var text = text
    let failure = text.withUTF8 { bytes -> WriteFailure? in
      do throws(WriteFailure) {
        try write(UnsafeRawBufferPointer(bytes))
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  /// Writes all of `bytes`, retrying short and interrupted writes.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(WriteFailure) {
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(
        descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw WriteFailure(name: name, code: errno)
      }
      if written == 0 { throw WriteFailure(name: name, code: EIO) }
      offset += written
    }
  }

  /// Makes a write to a pipe whose reader has gone fail with `EPIPE` instead of killing the
  /// process; called once, first thing, by every command and by the server.
  public static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }
}

/// `write(2)` under a name that does not clash with the writer's own `write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #elseif canImport(Musl)
    Musl.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}

/// A write or file operation that failed, with the system's reason.
public struct WriteFailure: Error, Sendable, Equatable {
  /// The path or stream that could not be written.
  public let name: String
  /// The `errno` value.
  public let code: Int32

  /// A failure of a named path or stream.
  public init(name: String, code: Int32) {
    self.name = name
    self.code = code
  }

  /// The system's reason in lowercase, such as "no space left on device".
  public var reason: String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }

  /// The failure as a diagnostic at the path: `path: error: cannot write: reason`.
  public var diagnostic: Diagnostic {
    Diagnostic(
      .writeFailed, "cannot write: \(reason)", at: .file(name),
      help: Self.help[code])
  }

  private static let help: [Int32: String] = [
    ENOSPC: "free some space on the disk, or write somewhere else",
    EPIPE: "the program reading the output stopped before the end",
    EACCES: "write somewhere you may write, or change the folder's permissions",
  ]
}
