import Foundation
import Pathway

/// A learner as the store keeps it: a JSON object, read and written with its keys in order.
enum StoredLearner {
  /// Any JSON value, as Foundation's decoder reads it.
  indirect enum Value: Codable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Value])
    case object([String: Value])

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let value = try? container.decode(Bool.self) {
        self = .bool(value)
      } else if let value = try? container.decode(Int.self) {
        self = .int(value)
      } else if let value = try? container.decode(Double.self) {
        self = .double(value)
      } else if let value = try? container.decode(String.self) {
        self = .string(value)
      } else if let value = try? container.decode([Value].self) {
        self = .array(value)
      } else {
        self = .object(try container.decode([String: Value].self))
      }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .null: try container.encodeNil()
      case .bool(let value): try container.encode(value)
      case .int(let value): try container.encode(value)
      case .double(let value): try container.encode(value)
      case .string(let value): try container.encode(value)
      case .array(let value): try container.encode(value)
      case .object(let value): try container.encode(value)
      }
    }

    /// The value as the library's JSON, object keys in order.
    var json: JSON {
      switch self {
      case .null: .null
      case .bool(let value): .bool(value)
      case .int(let value): .int(value)
      case .double(let value): .double(value)
      case .string(let value): .string(value)
      case .array(let value): .array(value.map(\.json))
      case .object(let value):
        .object(value.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })
      }
    }
  }

  /// The members of a JSON object; nil when the bytes are not one.
  static func members(_ bytes: [UInt8]) -> [String: Value]? {
    guard case .object(let members) = try? JSONDecoder().decode(Value.self, from: Data(bytes))
    else { return nil }
    return members
  }

  /// An object as the store keeps it: one line, keys in order.
  static func text(_ members: [String: Value]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(Value.object(members))).map { String(decoding: $0, as: UTF8.self) }
      ?? "{}"
  }

  /// A stored learner without the completed resources and the capabilities the server no longer
  /// has, so that a resource or capability that has retired never locks a learner out.
  static func text(current: String, resources: Set<String>, capabilities: Set<String>) -> String {
    guard var members = members(Array(current.utf8)) else { return current }
    if case .array(let completed) = members["completed"] {
      members["completed"] = .array(
        completed.filter { if case .string(let id) = $0 { resources.contains(id) } else { true } })
    }
    for key in ["assessment", "targets"] {
      if case .object(let levels) = members[key] {
        members[key] = .object(levels.filter { capabilities.contains($0.key) })
      }
    }
    return text(members)
  }

  /// Stored text as the library's JSON.
  static func json(_ text: String) -> JSON {
    members(Array(text.utf8)).map { Value.object($0).json } ?? .object([])
  }

  /// The bytes of an object with more members added before its closing brace, so that every
  /// position in what was sent stays where it was (diagnostics point into the sender's text).
  static func appending(_ extra: [String: Value], to bytes: [UInt8], isEmpty: Bool) -> [UInt8] {
    guard !extra.isEmpty, let close = bytes.lastIndex(of: UInt8(ascii: "}")) else { return bytes }
    var added = String(text(extra).dropFirst().dropLast())
    if !isEmpty { added = ", " + added }
    return Array(bytes[..<close]) + Array(added.utf8) + Array(bytes[close...])
  }
}
