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
    let stream = try self.stream(bytes, file: file, firstLine: firstLine)
    let events = stream.readToEnd()
    guard stream.diagnostics.isEmpty else { throw DiagnosticsError(stream.diagnostics) }
    return YAMLDocument(file: file, fileName: stream.fileName, events: events)
  }

  /// The events of `bytes`, read as a decoder asks for them, so that a large file's events are
  /// never all held at once; throws here only what is known before parsing.
  ///
  /// The stream's `diagnostics`, once it is read to its end, are what `read` would throw.
  func stream(
    _ bytes: [UInt8], file: String, firstLine: Int = 1
  ) throws(DiagnosticsError) -> YAMLStream {
    if bytes.count > limits.maxFileBytes {
      throw DiagnosticsError([.fileTooLarge(file, bytes: bytes.count, limit: limits.maxFileBytes)])
    }
    // Pathway reads UTF-8 only: libyaml would take UTF-16 from its byte-order mark, anywhere a
    // reading starts (a line of a JSON Lines file as much as a file).
    if Diagnostic.startsAsUTF16(bytes) {
      throw DiagnosticsError([.utf16(at: SourceLocation(file: file, line: firstLine, column: 1))])
    }
    return YAMLStream(
      reading: ReadingSession(bytes, file: file, firstLine: firstLine, limits: limits))
  }
}

/// A document's events, parsed as they are asked for and let go once decoded.
///
/// Event `index` counts from the document's first event. A class, so that a decoder's copies
/// share one parser; one decoder owns it, on one thread, so its accesses, one or more for every
/// event, are not checked at run time.
final class YAMLStream {
  /// Events parsed and not yet let go: event `index` is `events[index - released]`.
  private struct Window {
    var events: [YAMLEvent] = []
    var released = 0

    func event(at index: Int) -> YAMLEvent? {
      let position = index - released
      return position >= 0 && position < events.count ? events[position] : nil
    }
  }

  /// The path as the user named it.
  let file: String
  /// The same, as the events' places name it.
  let fileName: FileName
  /// Nil once the file is read to its end, or the reading stopped.
  @exclusivity(unchecked) private var session: ReadingSession?
  @exclusivity(unchecked) private var window = Window()
  /// What stopped the reading, lines counted in the file; empty while it goes well.
  private(set) var diagnostics: [Diagnostic] = []

  fileprivate init(reading session: ReadingSession) {
    file = session.file
    fileName = FileName(session.file)
    self.session = session
  }

  /// The events of a document already read.
  init(_ document: YAMLDocument) {
    file = document.file
    fileName = document.fileName
    window.events = document.events
  }

  /// The event at `index`, parsing up to it; nil past the end, after a problem, or for an event
  /// already let go.
  func event(at index: Int) -> YAMLEvent? {
    if let found = window.event(at: index) { return found }
    while index >= window.released + window.events.count, pull() {}
    return window.event(at: index)
  }

  /// Lets go of the events before `index`, except those an open anchor may still repeat.
  func release(before index: Int) {
    let released = window.released
    let keep = Swift.min(index, session?.earliestAnchoredStart ?? index) - released
    // In runs, so that the events kept move seldom.
    guard keep >= 1024, keep <= window.events.count else { return }
    window.events.removeFirst(keep)
    window.released += keep
  }

  /// Every event not yet let go, reading the rest of the file; its problems go to
  /// `diagnostics`.
  func readToEnd() -> [YAMLEvent] {
    while pull() {}
    return window.events
  }

  /// The keys of the mapping that starts at event `position`, in order; empty when no mapping
  /// starts there.
  func keys(ofMappingAt position: Int) -> [String] {
    guard event(at: position)?.kind == .mappingStart else { return [] }
    var keys: [String] = []
    var depth = 0
    var expectingKey = true
    var next = position + 1
    while let found = event(at: next) {
      next += 1
      switch found.kind {
      case .scalar where depth == 0:
        if expectingKey { keys.append(found.value) }
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

  /// Where an event of this stream starts.
  func location(of event: YAMLEvent) -> SourceLocation {
    event.location(in: fileName)
  }

  /// Reads the rest of the file, letting its events go: for the problems past the part decoded.
  func finish() {
    while pull() { release(before: window.released + window.events.count) }
  }

  /// Parses the next run of events into the window; false once the file is read or stopped.
  private func pull() -> Bool {
    let released = window.released
    guard let isOpen = session?.parseNext(into: &window.events, released: released) else {
      return false
    }
    if let problems = session?.diagnostics, !problems.isEmpty {
      diagnostics = problems.map { $0.shifted(byLines: session?.shift ?? 0) }
      session = nil
      return false
    }
    if !isOpen { session = nil }
    return isOpen
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
    /// The index of its first event in the stream.
    var start: Int
    var isMapping: Bool
    var anchor: String?
    var depth: Int
    var deepest: Int
    /// Nodes directly inside it so far (a mapping's keys and values both count).
    var children = 0
  }

  /// An anchored node: its events and how deep it nests below its own level.
  struct Anchored {
    var events: [YAMLEvent]
    var relativeDepth: Int
  }

  /// Where an event starts, 1-based.
  typealias Position = (line: UInt32, column: UInt32)

  let file: String
  let limits: ReadingLimits
  /// The lines before the text read, in its file: added to events' lines, and to the
  /// diagnostics' by the stream.
  let shift: Int
  let parser: LibYAMLParser
  var diagnostics: [Diagnostic] = []
  var openNodes: [OpenNode] = []
  var anchors: [String: Anchored] = [:]
  var aliasEvents = 0
  var documents = 0

  init(_ bytes: [UInt8], file: String, firstLine: Int, limits: ReadingLimits) {
    self.file = file
    self.limits = limits
    shift = firstLine - 1
    parser = LibYAMLParser(bytes)
  }

  /// The stream index of the first event of the outermost open node with an anchor: its events
  /// are kept until it closes.
  var earliestAnchoredStart: Int? {
    openNodes.first { $0.anchor != nil }?.start
  }

  /// How many events a run of parsing adds at least, unless the file ends first.
  static let runLength = 256

  /// Parses a run of events into `events` (whose first is stream event `released`), until the
  /// file ends or a problem stops it; whether more may follow.
  mutating func parseNext(into events: inout [YAMLEvent], released: Int) -> Bool {
    guard parser.isReady else {
      diagnostics.append(.parserNotStarted(file))
      return false
    }
    let target = events.count + Self.runLength
    while diagnostics.isEmpty {
      guard parser.next() else {
        diagnostics.append(parserDiagnostic(parser.parser, bytes: parser.bytes))
        return false
      }
      handle(parser.event, into: &events, released: released)
      if parser.event.type == YAML_STREAM_END_EVENT { return false }
      if events.count >= target { return true }
    }
    return false
  }

  mutating func handle(_ event: yaml_event_t, into events: inout [YAMLEvent], released: Int) {
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
      countChild(at: position)
      let parsed = self.event(.scalar, value: value, isPlain: isPlain, at: position)
      events.append(parsed)
      if let anchor = scalar.anchor.map({ String(cString: $0) }) {
        anchors[anchor] = Anchored(events: [parsed], relativeDepth: 0)
      }
    case YAML_SEQUENCE_START_EVENT:
      open(
        .sequenceStart, anchor: event.data.sequence_start.anchor, at: position, into: &events,
        released: released)
    case YAML_MAPPING_START_EVENT:
      open(
        .mappingStart, anchor: event.data.mapping_start.anchor, at: position, into: &events,
        released: released)
    case YAML_SEQUENCE_END_EVENT:
      close(.sequenceEnd, at: position, into: &events, released: released)
    case YAML_MAPPING_END_EVENT:
      close(.mappingEnd, at: position, into: &events, released: released)
    case YAML_ALIAS_EVENT:
      let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
      countChild(at: position)
      expandAlias(name, at: location, into: &events)
    default:
      break
    }
  }

  /// An event at a position in the text, placed in its file.
  func event(
    _ kind: YAMLEvent.Kind, value: String = "", isPlain: Bool = false, at position: Position
  ) -> YAMLEvent {
    YAMLEvent(
      kind: kind, value: value, isPlain: isPlain, line: position.line &+ UInt32(clamping: shift),
      column: position.column)
  }

  /// A position in the text read, as the diagnostics of the reading give it (the stream moves
  /// them down by `shift`).
  func location(_ position: Position) -> SourceLocation {
    SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
  }

  /// Counts a node inside the innermost open collection, and stops at the entries limit.
  mutating func countChild(at position: Position) {
    guard let parent = openNodes.indices.last else { return }
    openNodes[parent].children += 1
    let children = openNodes[parent].children
    let entries = openNodes[parent].isMapping ? (children + 1) / 2 : children
    if entries > limits.maxEntries {
      diagnostics.append(.tooManyEntries(limit: limits.maxEntries, at: location(position)))
    }
  }

  mutating func open(
    _ kind: YAMLEvent.Kind, anchor: UnsafeMutablePointer<yaml_char_t>?, at position: Position,
    into events: inout [YAMLEvent], released: Int
  ) {
    let depth = openNodes.count + 1
    guard depth <= limits.maxDepth else {
      diagnostics.append(.nestingTooDeep(limit: limits.maxDepth, at: location(position)))
      return
    }
    countChild(at: position)
    openNodes.append(
      OpenNode(
        start: released + events.count, isMapping: kind == .mappingStart,
        anchor: anchor.map { String(cString: $0) }, depth: depth, deepest: depth))
    events.append(event(kind, at: position))
  }

  mutating func close(
    _ kind: YAMLEvent.Kind, at position: Position, into events: inout [YAMLEvent], released: Int
  ) {
    guard let node = openNodes.popLast() else { return }
    events.append(event(kind, at: position))
    if let parent = openNodes.indices.last {
      openNodes[parent].deepest = Swift.max(openNodes[parent].deepest, node.deepest)
    }
    if let anchor = node.anchor {
      // Kept in the window while open (`earliestAnchoredStart`), so its events are all there.
      anchors[anchor] = Anchored(
        events: Array(events[Swift.max(0, node.start - released)...]),
        relativeDepth: node.deepest - node.depth + 1)
    }
  }

  mutating func expandAlias(
    _ name: String, at location: SourceLocation, into events: inout [YAMLEvent]
  ) {
    guard let anchored = anchors[name] else {
      let isOpen = openNodes.contains { $0.anchor == name }
      diagnostics.append(
        isOpen
          ? .aliasInsideItself(name, at: location)
          : .unknownAlias(name, anchors: Array(anchors.keys), at: location))
      return
    }
    aliasEvents += anchored.events.count
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
    events.append(contentsOf: anchored.events)
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
///
/// Owned by one reading, on one thread: its accesses, several for every event, are not checked
/// at run time.
private final class LibYAMLParser {
  @exclusivity(unchecked) var parser = yaml_parser_t()
  /// The event `next()` gave; valid until the next call.
  @exclusivity(unchecked) private(set) var event = yaml_event_t()
  /// Whether libyaml could set the parser up.
  let isReady: Bool
  /// The text, which libyaml reads through `readBytes` as it needs it.
  let bytes: [UInt8]
  /// How many bytes libyaml has read.
  @exclusivity(unchecked) private var offset = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    isReady = yaml_parser_initialize(&parser) == 1
    if isReady {
      yaml_parser_set_input(
        &parser,
        { context, buffer, size, sizeRead in
          LibYAMLParser.read(context, into: buffer, size: size, sizeRead: sizeRead)
        }, Unmanaged.passUnretained(self).toOpaque())
    }
  }

  /// libyaml's read handler: copies the next bytes of the text of the parser at `context`,
  /// none at its end.
  private static func read(
    _ context: UnsafeMutableRawPointer?, into buffer: UnsafeMutablePointer<UInt8>?, size: Int,
    sizeRead: UnsafeMutablePointer<Int>?
  ) -> Int32 {
    guard let context, let buffer, let sizeRead else { return 0 }
    let source = Unmanaged<LibYAMLParser>.fromOpaque(context).takeUnretainedValue()
    let count = Swift.max(0, Swift.min(size, source.bytes.count - source.offset))
    source.bytes.withUnsafeBufferPointer { all in
      if count > 0, let base = all.baseAddress {
        buffer.update(from: base + source.offset, count: count)
      }
    }
    source.offset += count
    sizeRead.pointee = count
    return 1
  }

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
