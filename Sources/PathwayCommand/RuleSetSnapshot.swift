import ArgumentParser
import Foundation
import Pathway

/// A folder holding `rules/` and `catalogue/`: one named directly, or one taken from a git
/// revision of the current repository (read with `git archive`, no checkout needed).
enum RuleSetSnapshot {
  /// Calls `body` with the folder `argument` (given as the option `option`) names, or with a
  /// copy of `rules/` and `catalogue/` at the revision it names, in a temporary folder deleted
  /// when `body` returns.
  ///
  /// An argument that is neither, or a revision git cannot copy, is a diagnostic at the option.
  static func reading<Result>(
    _ argument: String, option: String, _ body: (String) throws -> Result
  ) throws -> Result {
    if isFolder(argument) { return try body(argument) }
    guard (try? Self.git(["rev-parse", "--verify", "--quiet", argument + "^{commit}"])) != nil
    else {
      throw DiagnosticsError([.neitherFolderNorRevision(argument, option: option)])
    }
    let destination = NSTemporaryDirectory() + "pathway-\(UUID().uuidString)"
    do {
      let prefix = (try Self.git(["rev-parse", "--show-prefix"])).trimmingCharacters(
        in: .whitespacesAndNewlines)
      try FileManager.default.createDirectory(
        atPath: destination, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: destination) }
      let archive = destination + "/snapshot.tar"
      _ = try Self.git([
        "archive", "--format=tar", "-o", archive, argument, "--", prefix + "rules",
        prefix + "catalogue",
      ])
      _ = try Self.run("/usr/bin/env", ["tar", "-xf", archive, "-C", destination])
      return try body(destination + "/" + prefix)
    } catch let failure as CommandFailure {
      throw DiagnosticsError([.revisionUnreadable(argument, option: option, failure)])
    }
  }

  /// Whether an argument names a folder, rather than a revision.
  static func isFolder(_ argument: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder)
      && isFolder.boolValue
  }

  /// A command that exited with a failure, and the last line it wrote to standard error.
  struct CommandFailure: Error {
    var command: String
    var reason: String
  }

  /// Standard output of `git` with these arguments, run in the current folder.
  static func git(_ arguments: [String]) throws -> String {
    try run("/usr/bin/env", ["git"] + arguments)
  }

  private static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    // Standard error goes to a file, not a second pipe: a pipe read only after standard output
    // ends would stall a command that says more than a pipe holds.
    let errorsPath = NSTemporaryDirectory() + "pathway-\(UUID().uuidString).stderr"
    guard FileManager.default.createFile(atPath: errorsPath, contents: nil),
      let errors = FileHandle(forWritingAtPath: errorsPath)
    else {
      throw CommandFailure(command: arguments.prefix(2).joined(separator: " "), reason: "")
    }
    defer {
      try? errors.close()
      try? FileManager.default.removeItem(atPath: errorsPath)
    }
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let said = FileManager.default.contents(atPath: errorsPath) ?? Data()
      let lines = String(decoding: said, as: UTF8.self).split(whereSeparator: \.isNewline)
      throw CommandFailure(
        command: arguments.prefix(2).joined(separator: " "),
        reason: lines.last.map(String.init) ?? "exit status \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}

extension Diagnostic {
  /// A `diff` side that names no folder and no revision of the repository.
  static func neitherFolderNorRevision(_ argument: String, option: String) -> Diagnostic {
    Diagnostic(
      .missingFile, "`\(argument)` is neither a folder nor a git revision of this repository",
      at: .input(option),
      help: "name a folder holding rules/ and catalogue/, or a revision such as HEAD~1")
  }

  /// A revision whose rules and catalogue git could not copy out.
  static func revisionUnreadable(
    _ revision: String, option: String, _ failure: RuleSetSnapshot.CommandFailure
  ) -> Diagnostic {
    Diagnostic(
      .unreadableFile,
      "the rules and catalogue at `\(revision)` could not be read: `\(failure.command)` said \(failure.reason)",
      at: .input(option), help: "check that the revision holds rules/ and catalogue/")
  }
}
