import Testing

@testable import Pathway

/// Every key a table lists is decoded: a file is written with every key of every table, each
/// nested table in full and each other value its `example`, and the decoder must read them all.
@Suite("Key tables")
struct KeyTableDecodingTests {
  /// Writes a table's keys as a block mapping, each line starting with `indent`.
  static func block(_ table: KeyTable, indent: String, depth: Int, seen: inout Set<String>)
    -> String
  {
    seen.insert(table.kind)
    return table.keys.map { key in
      let head = indent + key.name + ":"
      guard let nested = value(key.shape, indent: indent + "  ", depth: depth, seen: &seen) else {
        return head + " " + key.example
      }
      return head + "\n" + nested
    }.joined(separator: "\n")
  }

  /// A value of a shape that holds a table, written in full; nil for other shapes.
  static func value(_ shape: ValueShape, indent: String, depth: Int, seen: inout Set<String>)
    -> String?
  {
    switch shape {
    case .mapping(let table):
      return block(table, indent: indent, depth: depth + 1, seen: &seen)
    case .list(.mapping(let table), _):
      return indent + "-\n" + block(table, indent: indent + "  ", depth: depth + 1, seen: &seen)
    case .condition where depth < 4:
      return block(.condition, indent: indent, depth: depth + 1, seen: &seen)
    case .conditions where depth < 4:
      return indent + "-\n"
        + block(.condition, indent: indent + "  ", depth: depth + 1, seen: &seen)
    case .effects:
      return KeyTable.effect.keys.map { key in
        seen.insert(KeyTable.effect.kind)
        let head = indent + "- " + key.name + ":"
        guard let nested = value(key.shape, indent: indent + "    ", depth: depth, seen: &seen)
        else { return head + " " + key.example }
        return head + "\n" + nested
      }.joined(separator: "\n")
    case .levelSelection:
      return block(.bounds, indent: indent, depth: depth + 1, seen: &seen)
    default:
      return nil
    }
  }

  /// The files, each with the decoder that reads it.
  static let files: [(table: KeyTable, decode: @Sendable (inout EventDecoder) -> Void)] = [
    (.ruleFile, { _ = $0.rules() }), (.resourceFile, { _ = $0.resources() }),
    (.framework, { _ = $0.framework() }), (.testFile, { _ = $0.ruleTests() }),
    (.learner, { _ = $0.learner(needsID: true) }),
  ]

  @Test("a file with every key of every table leaves no key unread")
  func everyKeyIsDecoded() throws {
    var seen: Set<String> = []
    for file in Self.files {
      let text = Self.block(file.table, indent: "", depth: 0, seen: &seen) + "\n"
      let document = try YAMLReader(limits: ReadingLimits()).read(
        Array(text.utf8), file: file.table.kind)
      var decoder = EventDecoder(document)
      file.decode(&decoder)
      #expect(decoder.undecodedKeys.isEmpty, "\(decoder.undecodedKeys) in\n\(text)")
      #expect(
        !decoder.diagnostics.contains { $0.code == .unknownKey || $0.code == .wrongType },
        "\(DiagnosticRenderer(format: .text).render(decoder.diagnostics))\n\(text)")
    }
    #expect(
      seen == [
        "rules file", "rule", "condition", "capability condition", "preference condition",
        "budget bounds", "bounds", "effect", "adjustment", "target", "selector", "resources file",
        "resource", "framework", "level", "archetype", "domain", "capability", "statement",
        "tests file", "test", "expectation", "learner", "preferences",
      ])
  }
}
