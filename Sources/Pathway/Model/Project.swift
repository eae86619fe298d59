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
  public var bytes: [UInt8]
}
