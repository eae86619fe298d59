import Foundation
import Testing

@testable import Pathway

/// Output files: a regular file replaced whole or not at all; devices, FIFOs and symlinks
/// written through, never replaced; a failed write reported, never a trap.
@Suite("Output files")
struct OutputFileTests {
  static func kind(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  static func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test(
    "a regular file keeps its old bytes until commit, then holds the new ones; no file is left over"
  )
  func replacedOnCommit() throws {
    let folder = try Fixtures.temporaryFolder()
    let path = folder + "/out.jsonl"
    try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
    let file = try OutputFile(path: path)
    try file.write("new\n")
    #expect(Self.contents(path) == "old\n")
    try file.commit()
    #expect(Self.contents(path) == "new\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.jsonl"])
  }

  @Test(
    "an output never committed (a run that failed) leaves the old file whole and no temporary file")
  func abandonedLeavesOldFile() throws {
    let folder = try Fixtures.temporaryFolder()
    let path = folder + "/out.jsonl"
    try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
    do {
      let file = try OutputFile(path: path)
      try file.write(String(repeating: "x", count: 100_000))
    }
    #expect(Self.contents(path) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.jsonl"])
  }

  @Test("a symlink is followed: its target is replaced and the link stays a link")
  func symlinkFollowed() throws {
    let folder = try Fixtures.temporaryFolder()
    try "old\n".write(toFile: folder + "/target", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link", withDestinationPath: "target")
    let file = try OutputFile(path: folder + "/link")
    try file.write("new\n")
    try file.commit()
    #expect(Self.kind(folder + "/link") == S_IFLNK)
    #expect(Self.contents(folder + "/target") == "new\n")
  }

  @Test("a dangling symlink creates its target; a loop of links is an error")
  func danglingAndLoopingSymlinks() throws {
    let folder = try Fixtures.temporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link", withDestinationPath: "made")
    let file = try OutputFile(path: folder + "/link")
    try file.write("new\n")
    try file.commit()
    #expect(Self.contents(folder + "/made") == "new\n")
    try FileManager.default.createSymbolicLink(atPath: folder + "/a", withDestinationPath: "b")
    try FileManager.default.createSymbolicLink(atPath: folder + "/b", withDestinationPath: "a")
    #expect(throws: WriteFailure(name: folder + "/a", code: ELOOP)) {
      try OutputFile(path: folder + "/a")
    }
  }

  @Test("a FIFO is written through and stays a FIFO")
  func fifoWrittenThrough() throws {
    let folder = try Fixtures.temporaryFolder()
    let path = folder + "/fifo"
    #expect(mkfifo(path, 0o600) == 0)
    // The reader on a thread of its own: opening a FIFO blocks until both ends are open, and
    // the concurrency pool may have no thread to spare.
    let read = ReadResult()
    let done = DispatchSemaphore(value: 0)
    Thread {
      read.data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile()
      done.signal()
    }.start()
    let file = try OutputFile(path: path)
    try file.write("through the pipe\n")
    try file.commit()
    done.wait()
    #expect(read.data.map { String(decoding: $0, as: UTF8.self) } == "through the pipe\n")
    #expect(Self.kind(path) == S_IFIFO)
  }

  /// What the FIFO's reader read, handed from its thread once it is done.
  final class ReadResult: @unchecked Sendable {
    var data: Data?
  }

  @Test("a device node is written to as it is, never replaced; a full device is an ENOSPC failure")
  func deviceNodes() throws {
    guard getuid() == 0 else {
      print("skipped: making device nodes needs root")
      return
    }
    let folder = try Fixtures.temporaryFolder()
    let null = folder + "/null"
    let full = folder + "/full"
    // The kernel's null (1, 3) and full (1, 7) devices (major << 8 | minor), as nodes of
    // this test's own.
    #expect(mknod(null, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
    #expect(mknod(full, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
    let file = try OutputFile(path: null)
    try file.write(String(repeating: "plan\n", count: 10_000))
    try file.commit()
    #expect(Self.kind(null) == S_IFCHR)
    let fullFile = try OutputFile(path: full)
    #expect(throws: WriteFailure(name: full, code: ENOSPC)) { try fullFile.write("plan\n") }
    #expect(Self.kind(full) == S_IFCHR)
  }

  @Test("a folder that does not exist is an error naming the path")
  func missingFolder() throws {
    let path = try Fixtures.temporaryFolder() + "/none/out.jsonl"
    #expect(throws: WriteFailure(name: path, code: ENOENT)) { try OutputFile(path: path) }
    let failure = WriteFailure(name: path, code: ENOENT)
    #expect(
      DiagnosticRenderer.text(failure.diagnostic)
        == "\(path): error: cannot write: no such file or directory\n")
  }

  @Test("a replaced file keeps its permissions")
  func keepsMode() throws {
    let folder = try Fixtures.temporaryFolder()
    let path = folder + "/out"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(chmod(path, 0o640) == 0)
    let file = try OutputFile(path: path)
    try file.commit()
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o640)
  }
}
