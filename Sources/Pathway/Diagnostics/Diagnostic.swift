/// A problem found in the input, with where it is and, when one can be named, how to fix it.
public struct Diagnostic: Hashable, Sendable {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Comparable {
    case error, warning

    public static func < (a: Self, b: Self) -> Bool { a == .error && b == .warning }
  }

  /// A related place, such as the first definition of a duplicate id.
  public struct Note: Hashable, Sendable {
    /// What the place is.
    public var message: String
    /// Where it is.
    public var location: SourceLocation
  }

  /// The stable identifier of the kind of problem.
  public var code: DiagnosticCode
  /// Whether it stops the input from being used.
  public var severity: Severity
  /// One lowercase line, no final period, user input in backticks.
  public var message: String
  /// Where the problem is.
  public var location: SourceLocation
  /// The fix, where one can be named.
  public var help: String?
  /// Related places.
  public var notes: [Note]

  /// Makes an error.
  public init(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation, help: String? = nil,
    notes: [Note] = []
  ) {
    self.init(code, .error, message, at: location, help: help, notes: notes)
  }

  /// Makes a diagnostic of a severity.
  public init(
    _ code: DiagnosticCode, _ severity: Severity, _ message: String,
    at location: SourceLocation, help: String? = nil, notes: [Note] = []
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.location = location
    self.help = help
    self.notes = notes
  }

  /// The order in which diagnostics are shown: by place, then by message.
  static func presentationOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.location != b.location { return a.location < b.location }
    if a.severity != b.severity { return a.severity < b.severity }
    return a.message < b.message
  }
}

extension Array where Element == Diagnostic {
  /// Whether any of them is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Sorted for display and with exact repeats removed (an alias can repeat a value's problems).
  public func presented() -> [Diagnostic] {
    var seen = Set<Diagnostic>()
    return sorted(by: Diagnostic.presentationOrder).filter { seen.insert($0).inserted }
  }
}

/// Thrown by a stage that cannot go on; carries every problem found so far.
public struct DiagnosticsError: Error, Sendable {
  /// The problems, at least one of them an error.
  public var diagnostics: [Diagnostic]

  /// Wraps the problems found.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
