import Foundation

/// A population of learners: a JSON Lines file (one learner a line), a CSV file (one learner a
/// row, see `LearnerColumns`) or a folder of YAML files, read one learner at a time so that
/// memory does not grow with the population.
public struct LearnerSource: Sendable {
  /// One learner's text or row and where it comes from.
  public struct Entry: Sendable {
    /// The file the learner is in.
    public var file: String
    /// The line the learner starts on: its line in a JSON Lines or CSV file, 1 for a YAML file.
    public var line: Int
    let content: Content
  }

  /// What an entry holds.
  enum Content: Sendable {
    /// A learner's YAML or JSON text.
    case text([UInt8])
    /// A CSV row, with the columns its header named.
    case row(CSVReader.Record, LearnerColumns)
  }

  enum Kind: Sendable {
    case jsonLines(String)
    case csv(String, LearnerColumns)
    case files([String])
  }

  let kind: Kind

  /// The learners at a path; a missing path is an error with no position.
  ///
  /// A path ending in `.csv` is read as CSV, whose columns may name `capabilities` and the
  /// `ignoring` columns besides the learner's keys; every problem with its header is thrown here.
  public init(
    path: String, capabilities: [String] = [], ignoringColumns ignoring: [String] = []
  ) throws(DiagnosticsError) {
    let fileSystem = FileSystem()
    let (exists, isFolder) = fileSystem.kind(of: path)
    guard exists else {
      throw DiagnosticsError([.missingFile(path)])
    }
    if isFolder {
      let (files, unreadable) = fileSystem.yamlFiles(under: path)
      guard unreadable.isEmpty else { throw DiagnosticsError(unreadable) }
      kind = .files(files)
    } else if path.lowercased().hasSuffix(".csv") {
      kind = .csv(
        path, try Self.columns(of: path, capabilities: capabilities, ignoring: Set(ignoring)))
    } else {
      kind = .jsonLines(path)
    }
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
  /// Blank lines are skipped, and a CSV file's header row. Stops early when `body` returns false.
  public func readEach(_ body: (Entry) throws -> Bool) throws {
    switch kind {
    case .files(let paths):
      for path in paths {
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        guard try body(Entry(file: path, line: 1, content: .text(bytes))) else { return }
      }
    case .jsonLines(let path):
      var pending: [UInt8] = []
      var line = 0
      try Self.readChunks(of: path) { chunk in
        guard let chunk else {
          guard !pending.isEmpty else { return true }
          return try Self.emitLine(pending[...], file: path, line: line + 1, body)
        }
        if line == 0, pending.isEmpty, Diagnostic.startsAsUTF16(chunk) {
          // JSON Lines are UTF-8; a UTF-16 file split at its 0x0A bytes would be nonsense, so
          // the whole file is refused at once (a line that starts so is refused as it is read).
          throw DiagnosticsError([.utf16(at: SourceLocation(file: path, line: 1, column: 1))])
        }
        pending.append(contentsOf: chunk)
        var start = pending.startIndex
        while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
          line += 1
          guard try Self.emitLine(pending[start..<newline], file: path, line: line, body)
          else { return false }
          start = newline + 1
        }
        pending.removeSubrange(..<start)
        return true
      }
    case .csv(let path, let columns):
      var reader = CSVReader()
      var header = true
      func emit(_ record: CSVReader.Record) throws -> Bool {
        guard !header else {
          header = false
          return true
        }
        return try body(Entry(file: path, line: record.line, content: .row(record, columns)))
      }
      try Self.readChunks(of: path) { chunk in
        guard let chunk else {
          try reader.finish(emit: emit)
          return true
        }
        return try reader.read(chunk, emit: emit)
      }
    }
  }

  /// The columns a CSV file's header row names, or every problem with them.
  private static func columns(of path: String, capabilities: [String], ignoring: Set<String>)
    throws(DiagnosticsError) -> LearnerColumns
  {
    var reader = CSVReader()
    var header: CSVReader.Record?
    func keep(_ record: CSVReader.Record) -> Bool {
      header = record
      return false
    }
    do {
      try readChunks(of: path) { chunk in
        guard let chunk else {
          reader.finish(emit: keep)
          return true
        }
        return reader.read(chunk, emit: keep)
      }
    } catch let error as DiagnosticsError {
      throw error
    } catch {
      throw DiagnosticsError([.unreadableFile(path)])
    }
    guard let header else {
      throw DiagnosticsError([.noHeaderRow(path)])
    }
    return try LearnerColumns(
      header: header, file: path, capabilities: capabilities, ignoring: ignoring)
  }

  /// Calls `body` with each chunk of a file, then once with nil at its end; stops when `body`
  /// returns false.
  private static func readChunks(of path: String, _ body: (Data?) throws -> Bool) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw DiagnosticsError([.unreadableFile(path)])
    }
    defer { try? handle.close() }
    while true {
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty {
        _ = try body(nil)
        return
      }
      guard try body(chunk) else { return }
    }
  }

  /// Calls `body` with a JSON Lines line's entry unless the line is blank.
  private static func emitLine(
    _ bytes: ArraySlice<UInt8>, file: String, line: Int, _ body: (Entry) throws -> Bool
  ) throws -> Bool {
    guard
      bytes.contains(where: {
        $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t")
      })
    else { return true }
    return try body(Entry(file: file, line: line, content: .text(Array(bytes))))
  }
}

extension Diagnostic {
  /// A CSV population with no rows at all, so no header.
  static func noHeaderRow(_ path: String) -> Diagnostic {
    Diagnostic(
      .emptyFile, "no header row", at: .file(path),
      help: "the first row names the columns: `id,archetype,profession,...`")
  }
}
