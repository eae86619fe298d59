/// One node event of a YAML document, with aliases already expanded.
struct YAMLEvent: Sendable {
  /// What the event opens, closes or holds.
  enum Kind: Sendable {
    case scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
  }

  /// The text of a scalar; empty for the other kinds.
  var value: String
  /// Where the event starts, 1-based, in the document's file (named once, by the document).
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
    kind == .scalar && isPlain
      && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
  }
}

/// The node events of one file, ready for decoding.
struct YAMLDocument: Sendable {
  /// The path as the user named it.
  var file: String
  /// Node events in document order; empty for an empty file.
  var events: [YAMLEvent]
}

extension YAMLDocument {
  /// Where an event of this document starts.
  func location(of event: YAMLEvent) -> SourceLocation {
    SourceLocation(file: file, line: Int(event.line), column: Int(event.column))
  }

  /// The keys of the mapping that starts at event `position`, in order; empty when no mapping
  /// starts there.
  func keys(ofMappingAt position: Int) -> [String] {
    guard events.indices.contains(position), events[position].kind == .mappingStart else {
      return []
    }
    var keys: [String] = []
    var depth = 0
    var expectingKey = true
    for event in events[(position + 1)...] {
      switch event.kind {
      case .scalar where depth == 0:
        if expectingKey { keys.append(event.value) }
        expectingKey.toggle()
      case .scalar:
        continue
      case .mappingStart, .sequenceStart:
        depth += 1
      case .mappingEnd, .sequenceEnd:
        if depth == 0 { return keys }
        depth -= 1
        if depth == 0 { expectingKey = true }
      }
    }
    return keys
  }
}
