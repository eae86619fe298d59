internal import CLibYAML

/// Reads a YAML file into node events with 1-based positions, through libyaml's event API.
///
/// Aliases are expanded in place under `ReadingLimits.maxAliasEvents`; nesting deeper than
/// `ReadingLimits.maxDepth` stops the reading. A file with any diagnostic yields no document.
struct YAMLReader {
  var limits = ReadingLimits()

  /// The document in `bytes`, or the diagnostics that stopped the reading; `firstLine` is the
  /// line of the file where `bytes` start (a line of a JSON Lines file).
  func read(
    _ bytes: [UInt8], file: String, firstLine: Int = 1
  ) throws(DiagnosticsError) -> YAMLDocument {
    if bytes.count > limits.maxFileBytes {
      throw DiagnosticsError([.fileTooLarge(file, bytes: bytes.count, limit: limits.maxFileBytes)])
    }
    // Pathway reads UTF-8 only: libyaml would take UTF-16 from its byte-order mark, anywhere a
    // reading starts (a line of a JSON Lines file as much as a file).
    if Diagnostic.startsAsUTF16(bytes) {
      throw DiagnosticsError([.utf16(at: SourceLocation(file: file, line: firstLine, column: 1))])
    }
    var session = ReadingSession(file: file, limits: limits)
    session.parse(bytes)
    let shift = firstLine - 1
    guard session.diagnostics.isEmpty else {
      throw DiagnosticsError(session.diagnostics.map { $0.shifted(byLines: shift) })
    }
    var events = session.events
    if shift != 0 {
      for index in events.indices { events[index].line += UInt32(clamping: shift) }
    }
    return YAMLDocument(file: file, events: events)
  }
}

extension Diagnostic {
  /// The diagnostic with its line, and its notes' lines, moved down by `lines`.
  func shifted(byLines lines: Int) -> Diagnostic {
    guard lines != 0 else { return self }
    var copy = self
    if copy.location.hasPosition { copy.location.line += lines }
    for index in copy.notes.indices where copy.notes[index].location.hasPosition {
      copy.notes[index].location.line += lines
    }
    return copy
  }
}

/// The state of one pass of libyaml over one file.
private struct ReadingSession {
  /// A collection not yet closed, and the anchor it carries.
  struct OpenNode {
    var start: Int
    var anchor: String?
    var depth: Int
    var deepest: Int
    /// Nodes directly inside it so far (a mapping's keys and values both count).
    var children = 0
  }

  /// An anchored node: its events and how deep it nests below its own level.
  struct Anchored {
    var range: Range<Int>
    var relativeDepth: Int
  }

  let file: String
  let limits: ReadingLimits
  var events: [YAMLEvent] = []
  var diagnostics: [Diagnostic] = []
  var openNodes: [OpenNode] = []
  var anchors: [String: Anchored] = [:]
  var aliasEvents = 0
  var documents = 0

  init(file: String, limits: ReadingLimits) {
    self.file = file
    self.limits = limits
  }

  mutating func parse(_ bytes: [UInt8]) {
    let parser = LibYAMLParser()
    guard parser.isReady else {
      diagnostics.append(.parserNotStarted(file))
      return
    }
    let input = bytes.isEmpty ? [0] : bytes
    input.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      yaml_parser_set_input_string(&parser.parser, base, bytes.count)
      while diagnostics.isEmpty {
        guard parser.next() else {
          diagnostics.append(parserDiagnostic(parser.parser, bytes: bytes))
          return
        }
        handle(parser.event)
        if parser.event.type == YAML_STREAM_END_EVENT { return }
      }
    }
  }

  mutating func handle(_ event: yaml_event_t) {
    let position = event.start_mark.position
    var location: SourceLocation { self.location(position) }
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        diagnostics.append(.secondDocument(at: location))
      }
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      guard scalar.length <= limits.maxScalarBytes else {
        diagnostics.append(
          .scalarTooLong(bytes: scalar.length, limit: limits.maxScalarBytes, at: location))
        return
      }
      let value =
        scalar.value.map {
          String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
        } ?? ""
      let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
      let anchor = scalar.anchor.map { String(cString: $0) }
      countChild(at: position)
      events.append(
        YAMLEvent(
          kind: .scalar, value: value, isPlain: isPlain, line: position.line,
          column: position.column))
      if let anchor {
        anchors[anchor] = Anchored(range: (events.count - 1)..<events.count, relativeDepth: 0)
      }
    case YAML_SEQUENCE_START_EVENT:
      open(.sequenceStart, anchor: event.data.sequence_start.anchor, at: position)
    case YAML_MAPPING_START_EVENT:
      open(.mappingStart, anchor: event.data.mapping_start.anchor, at: position)
    case YAML_SEQUENCE_END_EVENT:
      close(.sequenceEnd, at: position)
    case YAML_MAPPING_END_EVENT:
      close(.mappingEnd, at: position)
    case YAML_ALIAS_EVENT:
      let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
      countChild(at: position)
      expandAlias(name, at: location)
    default:
      break
    }
  }

  /// Where an event starts, 1-based.
  typealias Position = (line: UInt32, column: UInt32)

  /// A position in this session's file.
  func location(_ position: Position) -> SourceLocation {
    SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
  }

  /// Counts a node inside the innermost open collection, and stops at the entries limit.
  mutating func countChild(at position: Position) {
    guard let parent = openNodes.indices.last else { return }
    openNodes[parent].children += 1
    let isMapping = events[openNodes[parent].start].kind == .mappingStart
    let entries = isMapping ? (openNodes[parent].children + 1) / 2 : openNodes[parent].children
    if entries > limits.maxEntries {
      diagnostics.append(.tooManyEntries(limit: limits.maxEntries, at: location(position)))
    }
  }

  mutating func open(
    _ kind: YAMLEvent.Kind, anchor: UnsafeMutablePointer<yaml_char_t>?, at position: Position
  ) {
    let depth = openNodes.count + 1
    guard depth <= limits.maxDepth else {
      diagnostics.append(.nestingTooDeep(limit: limits.maxDepth, at: location(position)))
      return
    }
    countChild(at: position)
    openNodes.append(
      OpenNode(
        start: events.count, anchor: anchor.map { String(cString: $0) }, depth: depth,
        deepest: depth))
    events.append(YAMLEvent(kind: kind, line: position.line, column: position.column))
  }

  mutating func close(_ kind: YAMLEvent.Kind, at position: Position) {
    guard let node = openNodes.popLast() else { return }
    events.append(YAMLEvent(kind: kind, line: position.line, column: position.column))
    if let parent = openNodes.indices.last {
      openNodes[parent].deepest = Swift.max(openNodes[parent].deepest, node.deepest)
    }
    if let anchor = node.anchor {
      anchors[anchor] = Anchored(
        range: node.start..<events.count, relativeDepth: node.deepest - node.depth + 1)
    }
  }

  mutating func expandAlias(_ name: String, at location: SourceLocation) {
    guard let anchored = anchors[name] else {
      let isOpen = openNodes.contains { $0.anchor == name }
      diagnostics.append(
        isOpen
          ? .aliasInsideItself(name, at: location)
          : .unknownAlias(name, anchors: Array(anchors.keys), at: location))
      return
    }
    aliasEvents += anchored.range.count
    guard aliasEvents <= limits.maxAliasEvents else {
      diagnostics.append(.aliasBudgetExceeded(limit: limits.maxAliasEvents, at: location))
      return
    }
    guard openNodes.count + anchored.relativeDepth <= limits.maxDepth else {
      diagnostics.append(.aliasNestsTooDeep(name, limit: limits.maxDepth, at: location))
      return
    }
    if let parent = openNodes.indices.last {
      openNodes[parent].deepest = Swift.max(
        openNodes[parent].deepest, openNodes.count + anchored.relativeDepth)
    }
    events.append(contentsOf: events[anchored.range])
  }

  func parserDiagnostic(_ parser: yaml_parser_t, bytes: [UInt8]) -> Diagnostic {
    let problem = parser.problem.map { String(cString: $0) } ?? "the file is not valid YAML"
    if parser.error == YAML_READER_ERROR {
      let location = SourceLocation(byteOffset: parser.problem_offset, in: bytes, file: file)
      // libyaml's offset is where the bad byte is, counted from 0; say so, and which byte.
      let offset = parser.problem_offset
      let byte =
        offset < bytes.count ? " 0x" + String(bytes[offset], radix: 16, uppercase: true) : ""
      return Diagnostic(
        .invalidEncoding, "\(problem): the byte\(byte) at offset \(offset)", at: location,
        help: "save the file as UTF-8")
    }
    let location = SourceLocation(parser.problem_mark, file: file)
    var notes: [Diagnostic.Note] = []
    if let context = parser.context.map({ String(cString: $0) }) {
      notes.append(
        Diagnostic.Note(message: context, location: SourceLocation(parser.context_mark, file: file))
      )
    }
    let offset = parser.problem_mark.index
    let isTab = offset < bytes.count && bytes[offset] == UInt8(ascii: "\t")
    let context = parser.context.map { String(cString: $0) } ?? ""
    let help: String? =
      if isTab {
        "indent with spaces; YAML does not allow tabs here"
      } else if problem.hasPrefix("mapping values are not allowed") {
        "text with `: ` in it needs quotes; or write it on the next lines after `>-`"
      } else if context.contains("alias") || context.contains("anchor") {
        "`*` and `&` start aliases and anchors; put a glob such as `*` or `ai.*` in quotes"
      } else {
        nil
      }
    return Diagnostic(.yamlSyntax, problem, at: location, help: help, notes: notes)
  }
}

extension Diagnostic {
  /// A file over the size limit, refused before parsing.
  static func fileTooLarge(_ path: String, bytes: Int, limit: Int) -> Diagnostic {
    Diagnostic(
      .fileTooLarge, "file is \(bytes) bytes, over the limit of \(limit)", at: .file(path),
      help: "split it into several files")
  }

  /// Whether text starts with a UTF-16 byte-order mark (little- or big-endian).
  static func startsAsUTF16<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
    bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
  }

  /// Text in UTF-16, which Pathway does not read.
  static func utf16(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .invalidEncoding, "this is UTF-16 (it starts with a byte-order mark); Pathway reads UTF-8",
      at: location,
      help: "save or send the text as UTF-8 (in Excel or Notepad: Save As, UTF-8)")
  }

  /// libyaml could not set up its parser (it is out of memory).
  static func parserNotStarted(_ path: String) -> Diagnostic {
    Diagnostic(.unreadableFile, "could not start the YAML parser", at: .file(path))
  }

  /// A second `---` document in one file.
  static func secondDocument(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .multipleDocuments, "a file holds one document; this is a second", at: location,
      help: "move this document to a file of its own")
  }

  /// One value over the length limit.
  static func scalarTooLong(bytes: Int, limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(.scalarTooLong, "value is \(bytes) bytes, over the limit of \(limit)", at: location)
  }

  /// A list or mapping over the entries limit.
  static func tooManyEntries(limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .tooManyEntries, "more than \(limit) entries in one list or mapping", at: location,
      help: "split the entries over several files")
  }

  /// Nesting past the depth limit.
  static func nestingTooDeep(limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .nestingTooDeep, "nesting is deeper than \(limit) levels", at: location,
      help: "flatten the structure; no Pathway file needs more than a few levels")
  }

  /// An alias whose value would take the nesting past the depth limit.
  static func aliasNestsTooDeep(_ name: String, limit: Int, at location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(.nestingTooDeep, "alias `*\(name)` nests deeper than \(limit) levels", at: location)
  }

  /// `*name` with no `&name` before it.
  static func unknownAlias(_ name: String, anchors: [String], at location: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .unknownAlias, "unknown anchor `\(name)`", at: location,
      help: didYouMean(name, in: anchors) ?? "define it first with `&\(name)`")
  }

  /// `*name` inside the value that `&name` is still opening.
  static func aliasInsideItself(_ name: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .unknownAlias, "alias `*\(name)` refers to the value that contains it", at: location,
      help: "a value cannot include itself")
  }

  /// Aliases that expand to more values than the budget allows.
  static func aliasBudgetExceeded(limit: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .aliasBudgetExceeded, "aliases expand to more than \(limit) values", at: location,
      help: "write the values out, or reuse fewer of them")
  }
}

/// libyaml's parser and the last event it gave, each freed exactly once, by `deinit`.
private final class LibYAMLParser {
  var parser = yaml_parser_t()
  /// The event `next()` gave; valid until the next call.
  private(set) var event = yaml_event_t()
  /// Whether libyaml could set the parser up.
  let isReady: Bool

  init() { isReady = yaml_parser_initialize(&parser) == 1 }

  /// Frees the last event and parses the next; false on a syntax or encoding error.
  func next() -> Bool {
    yaml_event_delete(&event)
    return yaml_parser_parse(&parser, &event) == 1
  }

  deinit {
    yaml_event_delete(&event)
    if isReady { yaml_parser_delete(&parser) }
  }
}
