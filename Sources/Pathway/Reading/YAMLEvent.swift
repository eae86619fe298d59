/// One node event of a YAML document, with aliases already expanded.
struct YAMLEvent: Sendable {
  /// What the event opens, closes or holds.
  enum Kind: Sendable {
    case scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
  }

  /// The text of a scalar; empty for the other kinds.
  var value: String
  /// Where the event starts, 1-based, in the document's file (named once, by its stream).
  var line: UInt32
  var column: UInt32
  var kind: Kind
  /// Whether a scalar was written plain (unquoted, untagged), so it may be a number or a boolean.
  var isPlain: Bool

  init(kind: Kind, value: String = "", isPlain: Bool = false, line: UInt32, column: UInt32) {
    self.value = value
    self.line = line
    self.column = column
    self.kind = kind
    self.isPlain = isPlain
  }

  /// Whether this is a plain scalar that YAML reads as null (empty, `~` or `null`).
  var isNull: Bool {
    guard kind == .scalar && isPlain else { return false }
    switch value.utf8.count {
    case 0: return true
    case 1: return value == "~"
    case 4: return value == "null" || value == "Null" || value == "NULL"
    default: return false
    }
  }
}

/// The node events of one file, ready for decoding.
struct YAMLDocument: Sendable {
  /// The path as the user named it.
  var file: String
  /// The same, as the events' places name it.
  var fileName: FileName
  /// Node events in document order; empty for an empty file.
  var events: [YAMLEvent]
}

extension YAMLEvent {
  /// Where the event starts, in the file it was read from.
  func location(in file: FileName) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
  }
}

extension YAMLDocument {
  /// Where an event of this document starts.
  func location(of event: YAMLEvent) -> SourceLocation {
    event.location(in: fileName)
  }
}
