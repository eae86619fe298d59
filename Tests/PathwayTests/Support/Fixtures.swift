import Foundation

@testable import Pathway

/// Paths to the test fixtures and the bundled files, and ways to load them.
enum Fixtures {
  /// `Tests/PathwayTests/Fixtures`.
  static let root: String = {
    let file = URL(fileURLWithPath: #filePath)
    return file.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Fixtures"
    ).path
  }()

  /// The project's own folder, where the bundled rules and catalogue are.
  static let projectRoot: String = {
    URL(fileURLWithPath: root).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
  }()

  /// The small valid project every engine test starts from.
  static let valid = root + "/valid"

  static var validPaths: InputPaths { InputPaths(root: valid) }

  /// The checked valid project.
  static func validPathway() throws -> Pathway {
    try Pathway.check(validPaths).pathway
  }

  /// Every diagnostic of checking a project, warnings included, whether or not it has errors.
  static func diagnostics(
    checking paths: InputPaths, limits: ReadingLimits = ReadingLimits()
  ) -> [Diagnostic] {
    do throws(DiagnosticsError) {
      return try Pathway.check(paths, limits: limits).warnings
    } catch {
      return error.diagnostics
    }
  }

  /// A learner read from YAML text, checked against a rule set.
  static func learner(_ yaml: String, in pathway: Pathway) throws -> Learner {
    let path = try temporaryFile(named: "learner.yaml", contents: yaml)
    return try pathway.learner(at: path)
  }

  /// A learner file of the valid project.
  static func validLearner(_ name: String, in pathway: Pathway) throws -> Learner {
    try pathway.learner(at: valid + "/learners/\(name).yaml")
  }

  /// Writes a file in a fresh temporary folder and returns its path.
  static func temporaryFile(named name: String, contents: String) throws -> String {
    let folder = try temporaryFolder()
    let path = folder + "/" + name
    try contents.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A fresh, empty temporary folder.
  static func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "pathway-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Copies a folder to a fresh temporary place and returns the copy's path.
  static func copy(_ folder: String) throws -> String {
    let destination = try temporaryFolder() + "/copy"
    try FileManager.default.copyItem(atPath: folder, toPath: destination)
    return destination
  }
}

extension DiagnosticsError: CustomStringConvertible {
  public var description: String { DiagnosticRenderer(format: .text).render(diagnostics) }
}
