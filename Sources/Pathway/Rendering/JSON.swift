/// A JSON value whose objects keep their keys in the order written, for stable output.
public enum JSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func == (a: JSON, b: JSON) -> Bool {
    a.serialized() == b.serialized()
  }

  /// An optional value, or null.
  static func optional<T>(_ value: T?, _ wrap: (T) -> JSON) -> JSON {
    value.map(wrap) ?? .null
  }

  /// The text, indented by two spaces when `pretty`, on one line otherwise.
  public func serialized(pretty: Bool = false) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    write(to: &output, pretty: pretty, indent: 0)
    return String(decoding: output, as: UTF8.self)
  }

  /// Written as bytes, which append in bulk, and made text once at the end.
  private func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
    func newline(_ depth: Int) {
      output.append(UInt8(ascii: "\n"))
      output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
    switch self {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): output.append(contentsOf: String(value).utf8)
    case .double(let value):
      output.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
    case .string(let value): JSON.writeString(value, to: &output)
    case .array(let items):
      guard !items.isEmpty else {
        output.append(contentsOf: "[]".utf8)
        return
      }
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { newline(indent + 1) }
        item.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(indent) }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        output.append(contentsOf: "{}".utf8)
        return
      }
      output.append(UInt8(ascii: "{"))
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { newline(indent + 1) }
        JSON.writeString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(UInt8(ascii: " ")) }
        value.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { newline(indent) }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// A string in quotes: runs with nothing to escape are copied whole; `"`, `\\`, control
  /// characters, DEL, and U+2028 and U+2029 (line breaks to JavaScript) are escaped.
  private static func writeString(_ value: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { bytes in
      var runStart = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        var escape: String?
        var length = 1
        switch byte {
        case UInt8(ascii: "\""): escape = "\\\""
        case UInt8(ascii: "\\"): escape = "\\\\"
        case UInt8(ascii: "\n"): escape = "\\n"
        case UInt8(ascii: "\r"): escape = "\\r"
        case UInt8(ascii: "\t"): escape = "\\t"
        case 0..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          length = 3
        default: break
        }
        if let escape {
          output.append(contentsOf: bytes[runStart..<index])
          output.append(contentsOf: escape.utf8)
          runStart = index + length
        }
        index += length
      }
      output.append(contentsOf: bytes[runStart..<bytes.count])
    }
    output.append(UInt8(ascii: "\""))
  }

  /// `\\u` and four hex digits.
  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}
