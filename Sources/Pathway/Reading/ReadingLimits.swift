/// Bounds on what one file may ask of the reader; reaching one is an error, never a hang.
public struct ReadingLimits: Sendable, Hashable {
  /// The largest file read, in bytes.
  public var maxFileBytes = 16 << 20
  /// The deepest nesting of sequences and mappings.
  ///
  /// libyaml slows sharply with depth, so deeper
  /// input is cut off where it crosses the limit.
  public var maxDepth = 64
  /// The most events that aliases may add by expansion, against "billion laughs" files.
  public var maxAliasEvents = 100_000
  /// The longest scalar, in bytes.
  public var maxScalarBytes = 1 << 20
  /// The most entries in one list or mapping (a catalogue file's resources, say).
  public var maxEntries = 100_000

  /// The defaults.
  public init() {}
}
