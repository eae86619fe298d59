/// JSON Schemas (draft-07, what editors' YAML language servers support) for each kind of file,
/// made from the same key tables the loader decodes with, so the two cannot disagree.
public struct JSONSchemaGenerator: Sendable {
  /// A generator.
  public init() {}

  /// The schema of a kind of file.
  public func schema(for kind: SchemaKind) -> JSON {
    let root: JSON
    switch kind {
    case .framework: root = mapping(.framework)
    case .resources:
      root = .object([
        (
          "oneOf",
          .array([
            .object([("type", .string("array")), ("items", mapping(.resource))]),
            mapping(.resourceFile),
          ])
        )
      ])
    case .rules: root = mapping(.ruleFile)
    case .tests: root = mapping(.testFile)
    case .learner: root = mapping(.learner)
    }
    guard case .object(let members) = root else { return root }
    var header: [(String, JSON)] = [
      ("$schema", .string("http://json-schema.org/draft-07/schema#")),
      ("title", .string(kind.title)),
    ]
    if kind == .rules || kind == .tests {
      header.append(
        ("definitions", .object([("condition", mapping(.condition, oneKeyAtLeast: true))])))
    }
    return .object(header + members)
  }

  private func mapping(_ table: KeyTable, oneKeyAtLeast: Bool = false) -> JSON {
    var members: [(String, JSON)] = [
      ("type", .string("object")),
      ("properties", .object(table.keys.map { ($0.name, property($0)) })),
      ("additionalProperties", .bool(false)),
    ]
    let required = table.keys.filter(\.isRequired).map { JSON.string($0.name) }
    if !required.isEmpty { members.append(("required", .array(required))) }
    if oneKeyAtLeast { members.append(("minProperties", .int(1))) }
    return .object(members)
  }

  private func property(_ spec: KeySpec) -> JSON {
    guard case .object(let members) = shape(spec.shape) else { return shape(spec.shape) }
    return .object(
      members + [
        ("description", .string(spec.summary)),
        ("examples", .array([ExampleValue.json(spec.example)])),
      ])
  }

  private func shape(_ shape: ValueShape) -> JSON {
    switch shape {
    case .text: return .object([("type", .string("string"))])
    case .id:
      return .object([("type", .string("string")), ("pattern", .string("^[a-z0-9][a-z0-9._-]*$"))])
    case .url:
      return .object([
        ("type", .string("string")), ("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+")),
      ])
    case .date:
      return .object([
        (
          "anyOf",
          .array([
            .object([
              ("type", .string("string")),
              ("pattern", .string("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")),
            ]),
            .object([
              ("type", .string("integer")), ("minimum", .int(1000)), ("maximum", .int(9999)),
            ]),
          ])
        )
      ])
    case .boolean: return .object([("type", .string("boolean"))])
    case .integer(let minimum):
      return .object(
        [("type", .string("integer"))] + (minimum.map { [("minimum", JSON.int($0))] } ?? []))
    case .number(let exclusiveMinimum):
      return .object(
        [("type", .string("number"))]
          + (exclusiveMinimum.map { [("exclusiveMinimum", JSON.double($0))] } ?? []))
    case .oneOf(let values): return .object([("enum", .array(values.map(JSON.string)))])
    case .list(let element, let orSingle):
      let list = JSON.object([("type", .string("array")), ("items", self.shape(element))])
      return orSingle ? .object([("anyOf", .array([self.shape(element), list]))]) : list
    case .mapping(let table): return mapping(table)
    case .dictionary(let value):
      return .object([("type", .string("object")), ("additionalProperties", self.shape(value))])
    case .condition: return .object([("$ref", .string("#/definitions/condition"))])
    case .conditions:
      return .object([
        ("type", .string("array")),
        ("items", .object([("$ref", .string("#/definitions/condition"))])),
      ])
    case .effects:
      guard case .object(let effect) = mapping(.effect) else { return .null }
      return .object([
        ("type", .string("array")),
        ("items", .object(effect + [("minProperties", .int(1)), ("maxProperties", .int(1))])),
      ])
    case .numberOrPlaceholder:
      return .object([
        (
          "anyOf",
          .array([
            .object([("type", .string("integer"))]),
            .object([
              ("type", .string("string")), ("pattern", .string("^\\{(level|target|gap)\\}$")),
            ]),
          ])
        )
      ])
    case .levelSelection:
      return .object([("anyOf", .array([self.shape(.numberOrPlaceholder), mapping(.bounds)]))])
    }
  }
}

/// An example written in YAML, as the JSON value it stands for.
enum ExampleValue {
  /// The example's value; text that does not read as YAML stays text.
  static func json(_ example: String) -> JSON {
    guard let document = try? YAMLReader().read(Array(example.utf8), file: "example"),
      !document.events.isEmpty
    else { return .string(example) }
    var index = 0
    return value(document.events, &index)
  }

  /// The value of the node at `index`; examples are a few levels deep at most.
  private static func value(_ events: [YAMLEvent], _ index: inout Int) -> JSON {
    guard index < events.count else { return .null }
    let event = events[index]
    index += 1
    switch event.kind {
    case .scalar:
      if event.isNull { return .null }
      guard event.isPlain else { return .string(event.value) }
      if event.value == "true" || event.value == "false" { return .bool(event.value == "true") }
      if let number = Int(event.value) { return .int(number) }
      if let number = Double(event.value) { return .double(number) }
      return .string(event.value)
    case .sequenceStart:
      var items: [JSON] = []
      while index < events.count, events[index].kind != .sequenceEnd {
        items.append(value(events, &index))
      }
      index += 1
      return .array(items)
    case .mappingStart:
      var members: [(String, JSON)] = []
      while index < events.count, events[index].kind != .mappingEnd {
        let key = events[index].value
        index += 1
        members.append((key, value(events, &index)))
      }
      index += 1
      return .object(members)
    case .sequenceEnd, .mappingEnd:
      return .null
    }
  }
}
