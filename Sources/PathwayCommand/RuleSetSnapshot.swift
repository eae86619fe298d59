import ArgumentParser
import Foundation
import Pathway

/// A folder holding `rules/` and `catalogue/`: one named directly, or one taken from a git
/// revision of the current repository (read with `git archive`, no checkout needed).
struct RuleSetSnapshot {
  /// The folder to read.
  let root: String

  /// The folder `argument` names, or a copy of `rules/` and `catalogue/` at the revision it names.
  init(_ argument: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue
    {
      root = argument
      return
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
    let archive = destination + "/snapshot.tar"
    _ = try Self.git([
      "archive", "--format=tar", "-o", archive, argument, "--", prefix + "rules",
      prefix + "catalogue",
    ])
    _ = try Self.run("/usr/bin/env", ["tar", "-xf", archive, "-C", destination])
    root = destination + "/" + prefix
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
