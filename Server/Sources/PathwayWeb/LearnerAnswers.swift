import Foundation
import Pathway

/// What a learner tells the pages: who they are, how they rate themselves, what they want.
///
/// Carried in the form and in links, never stored.
struct LearnerAnswers: Sendable {
  /// The names of the fields the answers travel in.
  enum Field {
    static let archetype = "archetype"
    static let profession = "profession"
    /// Followed by a capability id: `level-ai.using`.
    static let levelPrefix = "level-"
    static let hours = "hours"
    static let format = "format"
    static let freeOnly = "free"
    static let completed = "done"
    static let organisation = "organisation"
    /// The organisation's join code, which a record needs to join it.
    static let join = "join"
    static let staffGroup = "staffGroup"
    /// The fields of the start page: who the learner is, carried by the later pages.
    static let identity = [archetype, profession, organisation, join, staffGroup]
  }

  /// The NHS staff groups of the Electronic Staff Record, as a learner may choose one.
  static let staffGroups = [
    "Additional clinical services", "Additional professional scientific and technical",
    "Administrative and clerical", "Allied health professionals", "Estates and ancillary",
    "Healthcare scientists", "Medical and dental", "Nursing and midwifery registered", "Students",
  ]
  /// The longest organisation code or join code accepted.
  static let maximumCodeLength = 64

  /// The longest profession accepted.
  static let maximumProfessionLength = 100
  /// The most hours of study a plan may be asked for.
  static let maximumHours = 10_000.0

  var archetype: String
  /// The profession as sent, less any control characters (which are never shown back).
  var profession: String
  /// Whether the profession as sent held control characters (C0, DEL, C1, line separators).
  var professionHadControlCharacters = false
  /// Each capability's level as sent (text, so that a bad value can be shown back), by id.
  var levels: [(capability: String, value: String)]
  /// Hours as typed; empty for no limit.
  var hours: String
  var formats: [String]
  var freeOnly: Bool
  var completed: [String]
  /// The organisation to join (such as its ODS code), its join code and the staff group: each
  /// empty when not given.
  var organisation = ""
  var joinCode = ""
  var staffGroup = ""

  /// The answers in a form's fields.
  init(_ fields: FormFields) {
    archetype = fields.first(Field.archetype) ?? ""
    let sent = (fields.first(Field.profession) ?? "").trimmingCharacters(
      in: .whitespacesAndNewlines)
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: sent.unicodeScalars.filter { !Self.isControl($0) })
    profession = String(kept)
    professionHadControlCharacters = kept.count != sent.unicodeScalars.count
    var seen = Set<String>()
    levels = fields.all(prefixed: Field.levelPrefix).filter { seen.insert($0.name).inserted }
      .map { ($0.name, $0.value) }
    hours = (fields.first(Field.hours) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    formats = fields.all(Field.format)
    freeOnly = fields.first(Field.freeOnly) != nil
    completed = fields.all(Field.completed)
    organisation = Self.code(fields.first(Field.organisation))
    joinCode = Self.code(fields.first(Field.join))
    staffGroup = fields.first(Field.staffGroup) ?? ""
  }

  /// A code as typed: without spaces around it or control characters in it.
  private static func code(_ sent: String?) -> String {
    var kept = String.UnicodeScalarView()
    kept.append(
      contentsOf: (sent ?? "").trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars
        .filter { !isControl($0) })
    return String(kept)
  }

  /// A saved learner's answers, to fill the form again when they reassess.
  init(_ learner: Learner) {
    archetype = learner.archetype.value
    profession = learner.profession
    levels = learner.assessment.map { ($0.capability.value, String($0.level.value)) }
    hours = learner.preferences.budgetMinutes.map { Self.hours(minutes: $0.value) } ?? ""
    formats = learner.preferences.formats.map(\.value)
    freeOnly = learner.preferences.freeOnly
    completed = learner.completed.map(\.value)
    organisation = learner.organisation ?? ""
    staffGroup = learner.staffGroup ?? ""
  }

  /// Minutes as the hours field shows them, to the hundredth: "4", "2.5", "1.67" (which reads
  /// back as the same minutes).
  static func hours(minutes: Int) -> String {
    guard minutes % 60 != 0 else { return String(minutes / 60) }
    return String((Double(minutes) / 60 * 100).rounded() / 100)
  }

  /// The level sent for a capability, as text; nil when none was.
  func level(_ capability: String) -> String? {
    levels.first { $0.capability == capability }?.value
  }

  /// The answers as query fields, in a fixed order: what a link to the plan carries.
  var fields: [(name: String, value: String)] {
    var fields: [(name: String, value: String)] = [
      (Field.archetype, archetype), (Field.profession, profession),
    ]
    fields += levels.map { (Field.levelPrefix + $0.capability, $0.value) }
    if !hours.isEmpty { fields.append((Field.hours, hours)) }
    fields += formats.map { (Field.format, $0) }
    if freeOnly { fields.append((Field.freeOnly, "1")) }
    fields += completed.map { (Field.completed, $0) }
    for (name, value) in [
      (Field.organisation, organisation), (Field.join, joinCode), (Field.staffGroup, staffGroup),
    ] where !value.isEmpty {
      fields.append((name, value))
    }
    return fields
  }

  /// The answers as a query string, for links.
  var query: String { FormFields.encode(fields) }

  /// The budget in minutes; nil for none or for hours that are not a positive number.
  var budgetMinutes: Int? {
    guard let hours = Double(hours), hours > 0, hours <= Self.maximumHours else { return nil }
    return max(1, Int((hours * 60).rounded()))
  }

  /// What is wrong with who the learner says they are, each tied to its field.
  var identityErrors: [FieldError] {
    var errors: [FieldError] = []
    if archetype.isEmpty {
      errors.append(
        FieldError(
          field: Field.archetype, message: "Choose the group that best describes your role"))
    }
    if profession.isEmpty {
      errors.append(
        FieldError(
          field: Field.profession, message: "Enter your profession, like nurse or physiotherapist"))
    } else if professionHadControlCharacters {
      errors.append(
        FieldError(
          field: Field.profession,
          message: "Profession must be written on one line, without control characters"))
    } else if profession.count > Self.maximumProfessionLength {
      errors.append(
        FieldError(
          field: Field.profession,
          message: "Profession must be \(Self.maximumProfessionLength) characters or fewer"))
    }
    return errors + membershipErrors
  }

  /// What is wrong with the organisation the learner would join: a code without the other, a
  /// code too long, a staff group that is not one of the list.
  private var membershipErrors: [FieldError] {
    var errors: [FieldError] = []
    if !organisation.isEmpty, joinCode.isEmpty {
      errors.append(
        FieldError(
          field: Field.join,
          message:
            "Enter the join code your workforce lead gave you, or leave your organisation empty"))
    }
    if organisation.isEmpty, !joinCode.isEmpty {
      errors.append(
        FieldError(
          field: Field.organisation, message: "Enter the code of the organisation you are joining"))
    }
    for (field, value) in [(Field.organisation, organisation), (Field.join, joinCode)]
    where value.count > Self.maximumCodeLength {
      errors.append(
        FieldError(
          field: field, message: "Codes are \(Self.maximumCodeLength) characters or fewer"))
    }
    if !staffGroup.isEmpty, !Self.staffGroups.contains(staffGroup) {
      errors.append(
        FieldError(field: Field.staffGroup, message: "Choose your staff group from the list"))
    }
    return errors
  }

  /// A character no learner types in a profession: C0 and C1 controls, DEL, and the line and
  /// paragraph separators.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// What is wrong with the time typed, tied to its field.
  var hoursErrors: [FieldError] {
    guard !hours.isEmpty, budgetMinutes == nil else { return [] }
    return [
      FieldError(
        field: Field.hours,
        message:
          "Enter your time as a number of hours between 0 and \(Int(Self.maximumHours)), like 4 or 2.5, or leave it empty"
      )
    ]
  }

  /// The answers as a learner in JSON (SPEC's fields), one answer a line, and the field each
  /// line came from: the library checks the learner, and each problem it finds points back at
  /// the field to fix.
  func learnerDocument() -> (bytes: [UInt8], fieldByLine: [Int: String]) {
    var lines: [String] = ["{", "\"id\": \"you\","]
    var fieldByLine: [Int: String] = [:]
    func add(_ line: String, field: String? = nil) {
      lines.append(line)
      if let field { fieldByLine[lines.count] = field }
    }
    add("\"archetype\": \(JSON.string(archetype).serialized()),", field: Field.archetype)
    add("\"profession\": \(JSON.string(profession).serialized()),", field: Field.profession)
    if !organisation.isEmpty {
      add(
        "\"organisation\": \(JSON.string(organisation).serialized()),", field: Field.organisation)
    }
    if !staffGroup.isEmpty {
      add("\"staffGroup\": \(JSON.string(staffGroup).serialized()),", field: Field.staffGroup)
    }
    add("\"assessment\": {")
    for (index, level) in levels.enumerated() {
      let value = Int(level.value).map(JSON.int) ?? JSON.string(level.value)
      let comma = index < levels.count - 1 ? "," : ""
      add(
        "\(JSON.string(level.capability).serialized()): \(value.serialized())\(comma)",
        field: Field.levelPrefix + level.capability)
    }
    add("},")
    add("\"preferences\": {")
    if let budgetMinutes { add("\"budgetMinutes\": \(budgetMinutes),", field: Field.hours) }
    add(
      "\"formats\": \(JSON.array(formats.map(JSON.string)).serialized()),", field: Field.format)
    add("\"freeOnly\": \(freeOnly)", field: Field.freeOnly)
    add("},")
    add(
      "\"completed\": \(JSON.array(completed.map(JSON.string)).serialized())",
      field: Field.completed)
    add("}")
    return (Array(lines.joined(separator: "\n").utf8), fieldByLine)
  }

  /// The learner the answers describe; or what is wrong: first who they are and the time typed
  /// (the form's own checks), then whatever the library finds.
  func checked(with pathway: Pathway) -> (learner: Learner?, errors: [FieldError]) {
    let errors = identityErrors + hoursErrors
    guard errors.isEmpty else { return (nil, errors) }
    return learner(with: pathway)
  }

  /// The learner the answers describe, checked by the library; or the problems, each tied to the
  /// field it came from.
  func learner(with pathway: Pathway) -> (learner: Learner?, errors: [FieldError]) {
    let (bytes, fieldByLine) = learnerDocument()
    do throws(DiagnosticsError) {
      return (try pathway.learner(from: bytes, file: "your answers"), [])
    } catch {
      let errors = error.diagnostics.filter { $0.severity == .error }.map { diagnostic in
        FieldError(
          field: fieldByLine[diagnostic.location.line] ?? Field.archetype,
          message: diagnostic.message.prefix(1).uppercased() + diagnostic.message.dropFirst()
            + (diagnostic.help.map { " (\($0))" } ?? ""))
      }
      return (nil, errors)
    }
  }
}
