/// Reads CSV (RFC 4180, UTF-8) a chunk at a time, handing on each record with the place of
/// every field, so that memory does not grow with the file.
///
/// A UTF-8 byte-order mark at the start is skipped, records end with LF or CRLF, and a field
/// may be quoted to hold commas, quotes (doubled) and line breaks. A blank line is no record.
struct CSVReader {
  /// One field: its text, the physical line it starts on, and its number in the record.
  struct Field: Sendable {
    var text: String
    var line: Int
    var number: Int
  }

  /// One record: the line it starts on, its fields, and the first problem in it, if any.
  struct Record: Sendable {
    var line: Int
    var fields: [Field]
    var problem: (message: String, field: Field)?
  }

  private enum State {
    case fieldStart, unquoted, quoted, closingQuote
  }

  private var state = State.fieldStart
  private var line = 1
  private var atFileStart = true
  private var fieldBytes: [UInt8] = []
  private var fieldLine = 1
  private var record = Record(line: 1, fields: [])

  /// Reads the next bytes of the file, calling `emit` with each record they finish.
  ///
  /// Returns false when `emit` asked to stop. The first chunk holds at least the byte-order mark.
  mutating func read(
    _ bytes: some Collection<UInt8>, emit: (Record) throws -> Bool
  ) rethrows -> Bool {
    var bytes = bytes[...]
    if atFileStart, !bytes.isEmpty {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
      atFileStart = false
    }
    for byte in bytes {
      guard try take(byte, emit: emit) else { return false }
    }
    return true
  }

  /// Ends the file, calling `emit` with the last record when no line break ends it.
  mutating func finish(emit: (Record) throws -> Bool) rethrows {
    if state == .quoted {
      note("a quoted field is not closed by the end of the file", at: currentField)
    }
    if state != .fieldStart || !record.fields.isEmpty {
      endField()
      _ = try emit(record)
    }
  }

  private var currentField: Field {
    Field(text: "", line: fieldLine, number: record.fields.count + 1)
  }

  private mutating func take(_ byte: UInt8, emit: (Record) throws -> Bool) rethrows -> Bool {
    let quote = UInt8(ascii: "\"")
    let comma = UInt8(ascii: ",")
    let newline = UInt8(ascii: "\n")
    let carriageReturn = UInt8(ascii: "\r")
    if byte == newline { line += 1 }
    switch state {
    case .quoted:
      if byte == quote { state = .closingQuote } else { fieldBytes.append(byte) }
      return true
    case .closingQuote where byte == quote:
      fieldBytes.append(quote)
      state = .quoted
      return true
    case .fieldStart where byte == quote:
      state = .quoted
      return true
    default: break
    }
    switch byte {
    case comma:
      endField()
      state = .fieldStart
      fieldLine = line
    case newline:
      let blank = record.fields.isEmpty && state == .fieldStart
      state = .fieldStart
      defer {
        record = Record(line: line, fields: [])
        fieldLine = line
      }
      if blank { return true }
      endField()
      return try emit(record)
    case carriageReturn:
      break
    default:
      if state == .closingQuote {
        note("text after the closing quote of a field; quote the whole field", at: currentField)
      } else if byte == quote {
        note(
          "a quote inside a field that does not start with one; quote the field", at: currentField)
      }
      fieldBytes.append(byte)
      if state == .fieldStart { state = .unquoted }
    }
    return true
  }

  private mutating func endField() {
    var field = currentField
    if let text = String(validating: fieldBytes, as: UTF8.self) {
      field.text = text
    } else {
      field.text = String(decoding: fieldBytes, as: UTF8.self)
      note("this field is not UTF-8 text; save the file as CSV UTF-8", at: field)
    }
    record.fields.append(field)
    fieldBytes.removeAll(keepingCapacity: true)
  }

  private mutating func note(_ message: String, at field: Field) {
    if record.problem == nil { record.problem = (message, field) }
  }
}
