import Foundation

/// The columns of a CSV population, told from its header row, and the learner each later row
/// holds.
///
/// A position in a CSV file is its physical line and the field's number in its record.
public struct LearnerColumns: Sendable {
  /// What one column holds.
  enum Column: Sendable, Equatable {
    case key(String)
    case capability(String)
    case ignored
  }

  /// The columns a learner can have besides one per capability.
  static let keys = [
    "id", "archetype", "profession", "budgetMinutes", "freeOnly", "formats", "completed",
    "organisation", "staffGroup",
  ]
  static let required = ["id", "archetype", "profession"]

  let file: String
  /// The same, as the cells' places name it.
  private let fileName: FileName
  let columns: [Column]

  /// The columns a header row names, or every problem with it: unknown, repeated and missing
  /// columns.
  init(
    header: CSVReader.Record, file: String, capabilities: [String], ignoring: Set<String>
  ) throws(DiagnosticsError) {
    var diagnostics: [Diagnostic] = []
    var columns: [Column] = []
    var seen: [String: CSVReader.Field] = [:]
    let known = Self.keys + capabilities
    let capabilitySet = Set(capabilities)
    if let problem = header.problem {
      diagnostics.append(Self.problem(problem.message, at: problem.field, in: file))
    }
    for field in header.fields {
      let name = field.text.trimmingCharacters(in: .whitespaces)
      let location = SourceLocation(file: file, line: field.line, column: field.number)
      if let first = seen[name], !ignoring.contains(name) {
        diagnostics.append(
          .duplicateColumn(
            name, at: location,
            first: SourceLocation(file: file, line: first.line, column: first.number)))
      }
      seen[name] = seen[name] ?? field
      if ignoring.contains(name) {
        columns.append(.ignored)
      } else if Self.keys.contains(name) {
        columns.append(.key(name))
      } else if capabilitySet.contains(name) {
        columns.append(.capability(name))
      } else {
        columns.append(.ignored)
        diagnostics.append(
          .unknownColumn(name, at: location, suggestion: didYouMean(name, in: known)))
      }
    }
    for name in Self.required where seen[name] == nil {
      diagnostics.append(
        .missingColumn(name, at: SourceLocation(file: file, line: header.line, column: 1)))
    }
    guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
    self.file = file
    fileName = FileName(file)
    self.columns = columns
  }

  /// The learner a row holds, before it is checked against the framework and catalogue (nil
  /// when it cannot be read), and every problem with the row.
  func learner(from record: CSVReader.Record) -> (learner: Learner?, diagnostics: [Diagnostic]) {
    if let problem = record.problem {
      return (nil, [Self.problem(problem.message, at: problem.field, in: file)])
    }
    guard record.fields.count == columns.count else {
      let field = record.fields.last ?? CSVReader.Field(text: "", line: record.line, number: 1)
      let message = "\(record.fields.count) fields where the header has \(columns.count) columns"
      return (nil, [Self.problem(message, at: field, in: file)])
    }
    var row = LearnerRow(file: fileName, line: record.line)
    for (column, field) in zip(columns, record.fields) {
      let text = field.text.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      let place = SourceLocation(
        file: fileName, line: UInt32(clamping: field.line), column: UInt32(clamping: field.number))
      let value = Located(text, at: place)
      switch column {
      case .key(let name): row.set(name, value)
      case .capability(let id): row.assess(id, value)
      case .ignored: break
      }
    }
    return row.learner()
  }

  private static func problem(_ message: String, at field: CSVReader.Field, in file: String)
    -> Diagnostic
  {
    Diagnostic(
      .invalidValue, message, at: SourceLocation(file: file, line: field.line, column: field.number)
    )
  }
}

extension Diagnostic {
  /// A header that names a column twice.
  static func duplicateColumn(
    _ name: String, at location: SourceLocation, first: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .duplicateKey, "the column `\(name)` twice", at: location,
      notes: [Diagnostic.Note(message: "the first", location: first)])
  }

  /// A header column that is neither a learner's key nor a capability; `suggestion` is the
  /// "did you mean" for it, if any.
  static func unknownColumn(
    _ name: String, at location: SourceLocation, suggestion: String?
  ) -> Diagnostic {
    Diagnostic(
      .unknownKey, "unknown column `\(name)`", at: location,
      help: suggestion.map { "\($0) (or leave it out with `--ignore-column \"\(name)\"`)" }
        ?? "a column is a learner's key or a capability id; leave it out with `--ignore-column \"\(name)\"`"
    )
  }

  /// A header without a column every learner needs.
  static func missingColumn(_ name: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .missingKey, "the header has no `\(name)` column", at: location,
      help: "every learner needs one; add the column")
  }
}
