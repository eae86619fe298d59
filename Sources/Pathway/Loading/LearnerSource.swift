import Foundation

/// A population of learners: a JSON Lines file (one learner a line) or a folder of YAML files,
/// read one learner at a time so that memory does not grow with the population.
public struct LearnerSource: Sendable {
  /// One learner's text and where it comes from.
  public struct Entry: Sendable {
    /// The file the learner is in.
    public var file: String
    /// The line the text starts on: its line in a JSON Lines file, 1 for a YAML file.
    public var line: Int
    public var bytes: [UInt8]
  }

  enum Kind: Sendable {
    case jsonLines(String)
    case files([String])
  }

  let kind: Kind

  /// The learners at a path; a missing path is an error with no position.
  public init(path: String) throws(DiagnosticsError) {
    let fileSystem = FileSystem()
    let (exists, isFolder) = fileSystem.kind(of: path)
    guard exists else {
      throw DiagnosticsError([Diagnostic(.missingFile, "no such file or folder", at: .file(path))])
    }
    guard isFolder else {
      kind = .jsonLines(path)
      return
    }
    let (files, unreadable) = fileSystem.yamlFiles(under: path)
    guard unreadable.isEmpty else { throw DiagnosticsError(unreadable) }
    kind = .files(files)
  }

  /// How many learners there are (non-blank lines, or files), for a progress bar.
  public func count() throws -> Int {
    var count = 0
    try readEach { _ in
      count += 1
      return true
    }
    return count
  }

  /// Calls `body` with each learner's entry in order.
  ///
  /// Blank lines are skipped. Stops early when `body` returns false.
  public func readEach(_ body: (Entry) throws -> Bool) throws {
    switch kind {
    case .files(let paths):
      for path in paths {
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        guard try body(Entry(file: path, line: 1, bytes: bytes)) else { return }
      }
    case .jsonLines(let path):
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw DiagnosticsError([
          Diagnostic(.unreadableFile, "cannot read the file", at: .file(path))
        ])
      }
      defer { try? handle.close() }
      var pending: [UInt8] = []
      var line = 0
      func emit(_ bytes: ArraySlice<UInt8>) throws -> Bool {
        line += 1
        guard
          bytes.contains(where: {
            $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t")
          })
        else {
          return true
        }
        return try body(Entry(file: path, line: line, bytes: Array(bytes)))
      }
      while true {
        let chunk = handle.readData(ofLength: 1 << 20)
        if chunk.isEmpty { break }
        pending.append(contentsOf: chunk)
        var start = pending.startIndex
        while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
          guard try emit(pending[start..<newline]) else { return }
          start = newline + 1
        }
        pending.removeSubrange(..<start)
      }
      if !pending.isEmpty { _ = try emit(pending[...]) }
    }
  }
}
