import ArgumentParser
import Foundation
import Pathway

/// A folder holding `rules/` and `catalogue/`: one named directly, or one taken from a git
/// revision of the current repository (read with `git archive`, no checkout needed).
enum RuleSetSnapshot {
  /// Calls `body` with the folder `argument` names, or with a copy of `rules/` and `catalogue/`
  /// at the revision it names, in a temporary folder deleted when `body` returns.
  static func reading<Result>(_ argument: String, _ body: (String) throws -> Result) throws
    -> Result
  {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue
    {
      return try body(argument)
    }
    guard (try? Self.git(["rev-parse", "--verify", "--quiet", argument + "^{commit}"])) != nil
    else {
      throw ValidationError(
        "`\(argument)` is neither a folder nor a git revision of this repository")
    }
    let prefix = (try Self.git(["rev-parse", "--show-prefix"])).trimmingCharacters(
      in: .whitespacesAndNewlines)
    let destination = NSTemporaryDirectory() + "pathway-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: destination) }
    let archive = destination + "/snapshot.tar"
    _ = try Self.git([
      "archive", "--format=tar", "-o", archive, argument, "--", prefix + "rules",
      prefix + "catalogue",
    ])
    _ = try Self.run("/usr/bin/env", ["tar", "-xf", archive, "-C", destination])
    return try body(destination + "/" + prefix)
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
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationError("`\(arguments.joined(separator: " "))` failed")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
