#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file a command writes its output to, so that a failed or killed run never destroys what
/// was there.
///
/// A regular file (or a path where nothing is yet) is written to a temporary file in the same
/// folder, flushed to the disk, and renamed into place by `commit()`; until then the old file
/// is whole, and a run that fails removes its temporary file. A path that holds a device, a
/// FIFO or a socket is written to as it is, never replaced. A symlink is followed, and what it
/// points at is written (or replaced), never the link itself.
public final class OutputFile {
  /// The path as the user named it, for diagnostics.
  public let path: String
  /// Where the bytes end up: the path with every symlink followed.
  let destination: String
  /// The temporary file being written; nil when the destination is written in place.
  let temporary: String?
  private let writer: DescriptorWriter
  private var isOpen = true

  /// Opens `path` for output: a temporary file beside it, or the device, FIFO or socket itself.
  public init(path: String) throws(WriteFailure) {
    self.path = path
    let destination = try Self.followingSymlinks(path)
    self.destination = destination
    var info = stat()
    let exists = stat(destination, &info) == 0
    let descriptor: Int32
    if exists && info.st_mode & S_IFMT != S_IFREG {
      temporary = nil
      descriptor = open(destination, O_WRONLY | O_CLOEXEC)
    } else {
      let slash = destination.lastIndex(of: "/")
      let folder = slash.map { String(destination[...$0]) } ?? ""
      let name = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
      let temporary = folder + ".\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
      self.temporary = temporary
      // A new file gets 0666 less the umask, as the shell's `>` gives; a replaced file keeps
      // its mode.
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0, exists { _ = fchmod(descriptor, info.st_mode & 0o7777) }
    }
    guard descriptor >= 0 else { throw WriteFailure(name: path, code: errno) }
    writer = DescriptorWriter(descriptor: descriptor, name: path)
  }

  deinit {
    guard isOpen else { return }
    close(writer.descriptor)
    if let temporary { unlink(temporary) }
  }

  /// Writes `text` as UTF-8.
  public func write(_ text: String) throws(WriteFailure) {
    try writer.write(text)
  }

  /// Puts the output in place, leaving the old file as it was after a failure.
  ///
  /// A temporary file is flushed to the disk and renamed over the destination; a device is
  /// closed.
  public func commit() throws(WriteFailure) {
    isOpen = false
    let descriptor = writer.descriptor
    guard let temporary else {
      guard close(descriptor) == 0 || errno == EINTR else {
        throw WriteFailure(name: path, code: errno)
      }
      return
    }
    var failure: Int32 = 0
    if fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0, errno != EINTR { failure = errno }
    if failure == 0, rename(temporary, destination) != 0 { failure = errno }
    guard failure == 0 else {
      unlink(temporary)
      throw WriteFailure(name: path, code: failure)
    }
  }

  /// `path` with every symlink followed, even to a target that does not exist yet (it is then
  /// created); a chain of more than 40 links is a loop (`ELOOP`), as the system counts.
  static func followingSymlinks(_ path: String) throws(WriteFailure) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count >= 0 else { throw WriteFailure(name: path, code: errno) }
      let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if target.hasPrefix("/") {
        current = target
      } else if let slash = current.lastIndex(of: "/") {
        current = String(current[...slash]) + target
      } else {
        current = target
      }
    }
    throw WriteFailure(name: path, code: ELOOP)
  }
}
