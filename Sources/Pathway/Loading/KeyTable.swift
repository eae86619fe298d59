/// The kind of value a key holds, as the loader decodes it and the JSON Schema describes it.
indirect enum ValueShape: Sendable {
  case text, id, url, date, boolean
  case integer(minimum: Int?)
  case number(exclusiveMinimum: Double?)
  case oneOf([String])
  /// A list of the shape; `orSingle` also accepts one value without the brackets.
  case list(ValueShape, orSingle: Bool)
  /// A mapping with the keys of a table.
  case mapping(KeyTable)
  /// A mapping from ids to the shape.
  case dictionary(ValueShape)
  /// A rule condition: one of the `condition` table's keys, or several meaning all.
  case condition
  /// A list of conditions.
  case conditions
  /// A list of effects, each a mapping with one of the `effect` table's keys.
  case effects
  /// A whole number, or a numeric placeholder such as `{target}`.
  case numberOrPlaceholder
  /// A level in a selector: a number, a placeholder, or bounds.
  case levelSelection

}

/// One key a file kind allows: declared once, used by the loader, suggestions and the JSON Schema.
struct KeySpec: Sendable {
  var name: String
  var shape: ValueShape
  var isRequired = false
  var summary: String
  var example: String
}

/// The keys of one kind of mapping.
struct KeyTable: Sendable {
  /// What the mapping is, in an error message ("resource", "rule").
  var kind: String
  var keys: [KeySpec]

  /// The spec of a key, if the table has it.
  func spec(_ name: String) -> KeySpec? { position(of: name).map { keys[$0] } }

  /// Where a key is in `keys`; nil for a key the table does not list.
  ///
  /// Lengths are compared first: most of a table's names differ in length from the key.
  func position(of name: String) -> Int? {
    let length = name.utf8.count
    return keys.firstIndex { $0.name.utf8.count == length && $0.name == name }
  }

  /// Every key's name.
  var names: [String] { keys.map(\.name) }
}
