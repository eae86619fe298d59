/// Everything educators write, loaded: the framework, the catalogue, the rules and their tests.
public struct Project: Sendable {
  public var framework: Framework
  /// Sorted by id.
  public var resources: [Resource]
  /// Sorted by id.
  public var rules: [Rule]
  public var tests: [RuleTest]
  /// Every file read, for provenance.
  public var files: [SourceFile]
}

/// A file read from disk.
public struct SourceFile: Sendable {
  /// The path as the user named it.
  public var path: String
  /// The path below the folder the user named (or the file's name), the same wherever the
  /// folder is: what provenance identifies the file by.
  public var name: String
  public var bytes: [UInt8]
}
