/// A place in an input file: 1-based line and column, or the file alone.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file's path as the user named it, or the input's name, and the position in 32 bits
  /// each, so that the many values that carry a place stay small.
  private var name: FileName
  private var storedLine: UInt32
  private var storedColumn: UInt32
  private var isInput: Bool

  /// The path as the user named it; empty for an input.
  public var file: String {
    get { isInput ? "" : name.text }
    set { (name, isInput) = (FileName(newValue), false) }
  }
  /// 1-based; 0 when the problem concerns the whole file.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }
  /// 1-based; 0 when the problem concerns the whole file.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }
  /// The command's argument or the request's parameter the problem is in, when it is in no file.
  public var input: String? { isInput ? name.text : nil }

  /// A position in `file`.
  public init(file: String, line: Int, column: Int) {
    self.init(file: FileName(file), line: UInt32(clamping: line), column: UInt32(clamping: column))
  }

  /// A position in a file already named: what a reader gives each value it reads.
  init(file: FileName, line: UInt32, column: UInt32) {
    name = file
    storedLine = line
    storedColumn = column
    isInput = false
  }

  /// The whole file, with no position inside it.
  public static func file(_ path: String) -> SourceLocation {
    SourceLocation(file: path, line: 0, column: 0)
  }

  /// A command's own argument or a request's parameter, named as the user wrote it
  /// (`resource-id`, `budget`): a problem in no file.
  public static func input(_ name: String) -> SourceLocation {
    var location = SourceLocation(file: name, line: 0, column: 0)
    location.isInput = true
    return location
  }

  /// Whether the location names a line and column, not just a file.
  public var hasPosition: Bool { line > 0 }

  /// `file:line:column`, `file` alone, or the input's name.
  public var description: String {
    input ?? (hasPosition ? "\(file):\(line):\(column)" : file)
  }

  public static func < (a: Self, b: Self) -> Bool {
    // In the same file the path's text need not be looked up.
    if a.name == b.name && a.isInput == b.isInput {
      return (a.line, a.column) < (b.line, b.column)
    }
    return (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// A value and where it was written; equality and hashing ignore the place.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The value as read.
  public var value: Value
  /// Where it was written.
  public var location: SourceLocation

  /// Pairs a value with its place.
  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }

  public static func == (a: Self, b: Self) -> Bool { a.value == b.value }
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
