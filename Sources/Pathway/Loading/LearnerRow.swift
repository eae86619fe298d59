import Foundation

/// One learner's cells from a CSV row, read into a learner with every problem placed at its
/// cell.
struct LearnerRow {
  let file: FileName
  let line: Int
  private var cells: [String: Located<String>] = [:]
  private var assessment: [(capability: Located<String>, level: Located<Int>)] = []
  private var diagnostics: [Diagnostic] = []

  /// An empty row starting on `line` of `file`.
  init(file: FileName, line: Int) {
    self.file = file
    self.line = line
  }

  /// Sets a learner key's cell (not empty).
  mutating func set(_ key: String, _ value: Located<String>) {
    cells[key] = value
  }

  /// Records an assessed level in a capability's cell (not empty).
  mutating func assess(_ capability: String, _ value: Located<String>) {
    if let level = number(value, minimum: 0, naming: "a level") {
      assessment.append((Located(capability, at: value.location), level))
    }
  }

  /// The learner the cells hold (nil without its id, archetype or profession), and every
  /// problem with them.
  mutating func learner() -> (learner: Learner?, diagnostics: [Diagnostic]) {
    let start = SourceLocation(file: file, line: UInt32(clamping: line), column: 1)
    var learner = Learner(
      id: nil, archetype: Located("", at: start), profession: "", assessment: assessment,
      targets: [], preferences: Learner.Preferences(), completed: [], location: start)
    if let id = cells["id"] {
      if Identifier.isValid(id.value) {
        learner.id = id.value
      } else {
        diagnostics.append(
          .invalidLearnerID(id))
      }
    }
    let missing = LearnerColumns.required.filter { cells[$0] == nil }
    for key in missing {
      diagnostics.append(
        .emptyRequiredCell(key, at: start))
    }
    cells["archetype"].map { learner.archetype = $0 }
    learner.profession = cells["profession"]?.value ?? ""
    learner.organisation = cells["organisation"]?.value
    learner.staffGroup = cells["staffGroup"]?.value
    learner.completed = list("completed")
    learner.preferences.budgetMinutes = cells["budgetMinutes"].flatMap {
      number($0, minimum: 1, naming: "a number of minutes")
    }
    learner.preferences.formats = list("formats").filter { format in
      guard !Resource.formats.contains(format.value) else { return true }
      diagnostics.append(
        .unknownFormat(format))
      return false
    }
    if let freeOnly = cells["freeOnly"] {
      switch freeOnly.value.lowercased() {
      case "true": learner.preferences.freeOnly = true
      case "false": learner.preferences.freeOnly = false
      default:
        diagnostics.append(
          .notTrueOrFalse(freeOnly))
      }
    }
    return (missing.isEmpty ? learner : nil, diagnostics)
  }

  /// The `;`-separated items of a key's cell, each trimmed, empty ones left out.
  private func list(_ key: String) -> [Located<String>] {
    guard let cell = cells[key] else { return [] }
    return cell.value.split(separator: ";").compactMap { item in
      let text = item.trimmingCharacters(in: .whitespaces)
      return text.isEmpty ? nil : Located(text, at: cell.location)
    }
  }

  /// A cell's whole number, at least `minimum`; nil (reported) otherwise.
  private mutating func number(_ cell: Located<String>, minimum: Int, naming kind: String)
    -> Located<Int>?
  {
    guard let number = Int(cell.value), number >= minimum else {
      diagnostics.append(
        .notAWholeNumber(cell, kind: kind, minimum: minimum))
      return nil
    }
    return Located(number, at: cell.location)
  }
}

extension Diagnostic {
  /// A learner's id cell that is not an id.
  static func invalidLearnerID(_ id: Located<String>) -> Diagnostic {
    Diagnostic(
      .invalidID, "`\(id.value)` is not a valid id", at: id.location,
      help: Identifier.suggestion(for: id.value))
  }

  /// A row whose cell for a key every learner needs is empty.
  static func emptyRequiredCell(_ key: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .missingKey, "this learner has no `\(key)`", at: location, help: "fill in the `\(key)` cell")
  }

  /// A format cell that names no format of the catalogue's.
  static func unknownFormat(_ format: Located<String>) -> Diagnostic {
    Diagnostic(
      .invalidValue, "unknown format `\(format.value)`", at: format.location,
      help: didYouMeanOrList(format.value, in: Resource.formats, naming: "formats"))
  }

  /// A yes-or-no cell that holds something else.
  static func notTrueOrFalse(_ cell: Located<String>) -> Diagnostic {
    Diagnostic(
      .wrongType, "`\(cell.value)` is not true or false", at: cell.location,
      help: "write `true`, `false`, or leave the cell empty")
  }

  /// A number cell that holds no whole number of at least `minimum`; `kind` says what it counts.
  static func notAWholeNumber(_ cell: Located<String>, kind: String, minimum: Int) -> Diagnostic {
    Diagnostic(
      .wrongType, "`\(cell.value)` is not \(kind)", at: cell.location,
      help: "write a whole number, \(minimum) or more, or leave the cell empty")
  }
}
