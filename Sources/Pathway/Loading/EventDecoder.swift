/// Walks a document's events one node at a time, decoding values and collecting diagnostics.
///
/// Every decoding method consumes exactly one node, whether it succeeds or not, so a caller can
/// go on to the next key after any error.
struct EventDecoder {
  /// The events decoded, parsed as the cursor reaches them.
  let events: YAMLStream
  /// The cursor: the position in `events` of `current`.
  var index = 0 {
    didSet { current = events.event(at: index) }
  }
  /// The event at the cursor, found once each time the cursor moves.
  private(set) var current: YAMLEvent?
  var diagnostics: [Diagnostic] = []
  /// Keys a table lists that were met but left unread: none, unless a decoder misses a key of
  /// its table (a test decodes every table's keys and looks here).
  var undecodedKeys: [String] = []

  init(_ document: YAMLDocument) {
    self.init(YAMLStream(document))
  }

  init(_ events: YAMLStream) {
    self.events = events
    current = events.event(at: 0)
  }

  /// Where the cursor is: the current event, or the whole file at its end.
  var location: SourceLocation { current.map(events.location) ?? .file(events.file) }

  /// Whether the node at the cursor is a mapping.
  var isAtMapping: Bool { current?.kind == .mappingStart }

  /// Whether the node at the cursor is a scalar.
  var isAtScalar: Bool { current?.kind == .scalar }

  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Skips the node at the cursor, however deep.
  mutating func skipNode() {
    var depth = 0
    repeat {
      guard let event = current else { return }
      index += 1
      switch event.kind {
      case .sequenceStart, .mappingStart: depth += 1
      case .sequenceEnd, .mappingEnd: depth -= 1
      case .scalar: break
      }
    } while depth > 0
  }

  /// A phrase for the node at the cursor, for "expected X, not Y" messages.
  var currentPhrase: String {
    guard let event = current else { return "nothing" }
    switch event.kind {
    case .sequenceStart: return "a list"
    case .mappingStart: return "a mapping"
    case .scalar:
      if event.isNull { return "nothing" }
      if event.isPlain, Int(event.value) != nil || Double(event.value) != nil {
        return "the number `\(event.value)`"
      }
      return "`\(event.value)`"
    case .sequenceEnd, .mappingEnd: return "nothing"
    }
  }

  /// Reports that the node at `key` is not the expected shape, and skips it.
  mutating func wrongType(_ key: String, expected: String, help: String? = nil) {
    report(
      .wrongType(
        key, expected: expected, found: currentPhrase, at: location,
        help: help ?? unquotedPlaceholderHelp))
    skipNode()
  }

  /// The fix when the cursor is on `{name}` written without quotes, which YAML reads as a mapping.
  private var unquotedPlaceholderHelp: String? {
    guard events.event(at: index)?.kind == .mappingStart, let name = events.event(at: index + 1),
      name.kind == .scalar, events.event(at: index + 2)?.isNull == true,
      events.event(at: index + 3)?.kind == .mappingEnd, Placeholder(rawValue: name.value) != nil
    else { return nil }
    return "put the placeholder in quotes: `\"{\(name.value)}\"`"
  }

  // MARK: - Collections

  /// Decodes a mapping whose keys are declared in `table`.
  ///
  /// Calls `body` with the cursor on the value of each known key. Unknown, duplicate, merge and
  /// missing keys are reported here. Returns the mapping's location, or nil when the node is not
  /// a mapping (reported and skipped).
  ///
  /// Keys are followed by their place in the table, so that a resource's dozen keys are checked
  /// without hashing them.
  @discardableResult
  mutating func mapping(
    _ key: String, table: KeyTable, _ body: (inout EventDecoder, Located<String>) -> Void
  ) -> SourceLocation? {
    guard let start = current, start.kind == .mappingStart else {
      wrongType(key, expected: "a mapping (a \(table.kind))")
      return nil
    }
    // Per key of the table, where it was first written; unknown keys by name.
    var known = [SourceLocation?](repeating: nil, count: table.keys.count)
    var unknown: [String: SourceLocation] = [:]
    var suggested: Set<String> = []
    var hasMergeKey = false
    index += 1
    while let name = nextKey(in: table.kind, hasMergeKey: &hasMergeKey) {
      guard let position = table.position(of: name.value) else {
        if let first = unknown[name.value] {
          report(.duplicateKey(name, in: table.kind, first: first))
        } else {
          unknown[name.value] = name.location
          let suggestion = table.names.closest(to: name.value)
          suggestion.map { _ = suggested.insert($0) }
          report(.unknownKey(name, in: table, suggestion: suggestion))
        }
        skipNode()
        continue
      }
      if let first = known[position] {
        report(.duplicateKey(name, in: table.kind, first: first))
        skipNode()
        continue
      }
      known[position] = name.location
      let before = index
      body(&self, name)
      if index == before {
        undecodedKeys.append("\(table.kind) `\(name.value)`")
        skipNode()
      }
    }
    index += 1
    // A misspelt or merged key is reported once, not again as missing.
    for (spec, written) in zip(table.keys, known)
    where spec.isRequired && written == nil && !suggested.contains(spec.name) && !hasMergeKey {
      report(
        .missingKey(
          spec.name, in: table.kind, at: events.location(of: start),
          help: "add `\(spec.name): \(spec.example)`"))
    }
    return events.location(of: start)
  }

  /// Decodes a mapping with free keys (ids).
  ///
  /// Calls `body` for each with the cursor on its value. Duplicate and merge keys are reported
  /// here. Does nothing more when the node is not a mapping. Returns whether it had a merge key.
  @discardableResult
  mutating func entries(
    of kind: String, _ body: (inout EventDecoder, Located<String>) -> Void
  ) -> Bool {
    guard current?.kind == .mappingStart else {
      wrongType(kind, expected: "a mapping")
      return false
    }
    var hasMergeKey = false
    var seen: [String: SourceLocation] = [:]
    index += 1
    while let name = nextKey(in: kind, hasMergeKey: &hasMergeKey) {
      if let first = seen[name.value] {
        report(.duplicateKey(name, in: kind, first: first))
        skipNode()
        continue
      }
      seen[name.value] = name.location
      let before = index
      body(&self, name)
      if index == before { skipNode() }
    }
    index += 1
    return hasMergeKey
  }

  /// The next key of the mapping the cursor is in, consumed, with the cursor on its value.
  ///
  /// Nil at the mapping's end. A key that is a list or a mapping, and a merge key, are reported
  /// and skipped with their values.
  private mutating func nextKey(in kind: String, hasMergeKey: inout Bool) -> Located<String>? {
    while let event = current, event.kind != .mappingEnd {
      guard event.kind == .scalar else {
        report(.keyNotAName(in: kind, found: currentPhrase, at: events.location(of: event)))
        skipNode()
        skipNode()
        continue
      }
      index += 1
      let name = Located(event.value, at: events.location(of: event))
      guard name.value == "<<" && event.isPlain else { return name }
      hasMergeKey = true
      report(.mergeKey(at: name.location))
      skipNode()
    }
    return nil
  }

  /// Decodes a sequence, calling `body` with the cursor on each element.
  ///
  /// Does nothing more when the node is not a sequence (reported and skipped).
  mutating func sequence(_ key: String, expected: String, _ body: (inout EventDecoder) -> Void) {
    guard current?.kind == .sequenceStart else {
      wrongType(key, expected: expected)
      return
    }
    index += 1
    while let event = current, event.kind != .sequenceEnd {
      let before = index
      body(&self)
      if index == before { skipNode() }
      events.release(before: index)
    }
    index += 1
  }

  // MARK: - Scalars

  /// The scalar at the cursor, consumed; nil (reported) when the node is not a non-null scalar.
  mutating func scalar(_ key: String, expected: String) -> YAMLEvent? {
    guard let event = current, event.kind == .scalar, !event.isNull else {
      wrongType(key, expected: expected)
      return nil
    }
    index += 1
    return event
  }

  /// A string; numbers and booleans written plain are taken as their text.
  mutating func string(_ key: String) -> Located<String>? {
    scalar(key, expected: "text").map { Located($0.value, at: events.location(of: $0)) }
  }

  /// A whole number written plain.
  mutating func integer(_ key: String) -> Located<Int>? {
    if let event = current, event.kind == .scalar, event.isPlain, Int(event.value) == nil,
      case let digits = event.value.hasPrefix("-")
        ? event.value.dropFirst() : Substring(event.value),
      !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) })
    {
      // A whole number, only too large to hold: say that, not that it is not whole.
      report(.numberTooLarge(event.value, for: key, at: location))
      skipNode()
      return nil
    }
    guard let event = current, event.kind == .scalar, event.isPlain, let value = Int(event.value)
    else {
      wrongType(key, expected: "a whole number")
      return nil
    }
    index += 1
    return Located(value, at: events.location(of: event))
  }

  /// A number written plain.
  mutating func number(_ key: String) -> Located<Double>? {
    guard let event = current, event.kind == .scalar, event.isPlain,
      let value = Double(event.value),
      value.isFinite
    else {
      wrongType(key, expected: "a number")
      return nil
    }
    index += 1
    return Located(value, at: events.location(of: event))
  }

  /// `true` or `false`, written plain.
  mutating func boolean(_ key: String) -> Located<Bool>? {
    guard let event = current, event.kind == .scalar, event.isPlain,
      event.value == "true" || event.value == "false"
    else {
      let help =
        current.map { ["yes", "no", "on", "off", "True", "False", "y", "n"].contains($0.value) }
          == true
        ? "write `true` or `false`" : nil
      wrongType(key, expected: "`true` or `false`", help: help)
      return nil
    }
    index += 1
    return Located(event.value == "true", at: events.location(of: event))
  }

  /// An id: `[a-z0-9][a-z0-9._-]*`; an invalid one is reported and returned as written, so that
  /// the checks that follow still run.
  mutating func id(_ key: String) -> Located<String>? {
    guard let value = string(key) else { return nil }
    if !Identifier.isValid(value.value) {
      report(.invalidID(value, for: key))
    }
    return value
  }

  /// How many keys the mapping at the cursor has, known or not; 0 when it is not a mapping.
  func keyCount() -> Int {
    events.keys(ofMappingAt: index).count
  }

  /// One of a fixed set of words.
  mutating func word(_ key: String, oneOf allowed: [String]) -> Located<String>? {
    guard let value = string(key) else { return nil }
    guard allowed.contains(value.value) else {
      report(
        .invalidValue(
          value.value, for: key, at: value.location,
          help: didYouMean(value.value, in: allowed)
            ?? "use one of " + allowed.map { "`\($0)`" }.joined(separator: ", ")))
      return nil
    }
    return value
  }

  /// A list of values decoded by `element`; with `orSingle`, one value without brackets too.
  mutating func list<T>(
    _ key: String, orSingle: Bool = false, expected: String,
    _ element: (inout EventDecoder) -> T?
  ) -> [T] {
    if orSingle, isAtScalar {
      return element(&self).map { [$0] } ?? []
    }
    var values: [T] = []
    sequence(key, expected: orSingle ? "\(expected) or a list of them" : "a list of \(expected)") {
      decoder in
      if let value = element(&decoder) { values.append(value) }
    }
    return values
  }

  /// A list of ids; with `orSingle`, one id without brackets too.
  mutating func ids(_ key: String, orSingle: Bool = false) -> [Located<String>] {
    list(key, orSingle: orSingle, expected: "ids") { $0.id(key) }
  }

  /// A list of strings; with `orSingle`, one string without brackets too.
  mutating func strings(_ key: String, orSingle: Bool = false) -> [Located<String>] {
    list(key, orSingle: orSingle, expected: "text") { $0.string(key) }
  }
}

extension Diagnostic {
  /// A value of the wrong kind: a list where text belongs, say.
  static func wrongType(
    _ key: String, expected: String, found: String, at location: SourceLocation, help: String?
  ) -> Diagnostic {
    Diagnostic(.wrongType, "`\(key)` should be \(expected), not \(found)", at: location, help: help)
  }

  /// A mapping's key that is a list or a mapping, not a name.
  static func keyNotAName(in kind: String, found: String, at location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(.wrongType, "a key in \(kind) should be a name, not \(found)", at: location)
  }

  /// A key the table does not list.
  static func unknownKey(_ name: Located<String>, in table: KeyTable, suggestion: String?)
    -> Diagnostic
  {
    Diagnostic(
      .unknownKey, "unknown key `\(name.value)` in \(table.kind)", at: name.location,
      help: suggestion.map { "did you mean `\($0)`?" }
        ?? "\(table.kind) keys are " + table.names.map { "`\($0)`" }.joined(separator: ", "))
  }

  /// A required key not written, or a mapping with nothing in it.
  static func missingKey(
    _ name: String, in kind: String, at location: SourceLocation, help: String
  ) -> Diagnostic {
    Diagnostic(.missingKey, "\(kind) is missing the key `\(name)`", at: location, help: help)
  }

  /// A `<<` merge key.
  static func mergeKey(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .mergeKeyUnsupported, "merge keys (`<<`) are not supported", at: location,
      help: "put an anchor on the whole value (`key: &name {...}`) and reuse it with `*name`")
  }

  /// The same key twice in one mapping.
  static func duplicateKey(_ name: Located<String>, in kind: String, first: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .duplicateKey, "duplicate key `\(name.value)` in \(kind)", at: name.location,
      help: "keep one of them", notes: [Note(message: "first written here", location: first)])
  }

  /// An id that breaks the id rules.
  static func invalidID(_ value: Located<String>, for key: String) -> Diagnostic {
    Diagnostic(
      .invalidID, "`\(value.value)` is not a valid id for `\(key)`", at: value.location,
      help: Identifier.suggestion(for: value.value))
  }

  /// A whole number too large to hold.
  static func numberTooLarge(_ value: String, for key: String, at location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .invalidValue, "`\(key)` is too large: \(value) is beyond \(Int.max)", at: location,
      help: "write a smaller whole number")
  }

  /// A value of the right kind that is not allowed there; `help` says what is.
  public static func invalidValue(
    _ value: String, for key: String, at location: SourceLocation, help: String
  ) -> Diagnostic {
    Diagnostic(.invalidValue, "`\(value)` is not a valid `\(key)`", at: location, help: help)
  }
}
