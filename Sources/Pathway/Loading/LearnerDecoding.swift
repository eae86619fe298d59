extension KeyTable {
  static let learner = KeyTable(
    kind: "learner",
    keys: [
      KeySpec(
        name: "id", shape: .id, summary: "The learner's id (not needed in a rule test).",
        example: "alex"),
      KeySpec(
        name: "archetype", shape: .id, isRequired: true, summary: "The learner's archetype.",
        example: "embedder"),
      KeySpec(
        name: "profession", shape: .text, isRequired: true,
        summary: "The learner's profession, free text.", example: "nurse"),
      KeySpec(
        name: "assessment", shape: .dictionary(.integer(minimum: 0)),
        summary: "Capability id and self-assessed level; a capability left out is at 0.",
        example: "{ai.ml: 1, data.privacy: 2}"),
      KeySpec(
        name: "targets", shape: .dictionary(.integer(minimum: 0)),
        summary: "The learner's own targets, which win over every other.", example: "{ai.ml: 3}"),
      KeySpec(
        name: "preferences", shape: .mapping(.preferences),
        summary: "Time budget, formats and cost.", example: "{budgetMinutes: 600, freeOnly: true}"),
      KeySpec(
        name: "completed", shape: .list(.id, orSingle: false),
        summary: "Resources already completed.", example: "[elfh-data-security-awareness]"),
      KeySpec(
        name: "organisation", shape: .text,
        summary: "The learner's organisation, such as its ODS code, for reports.", example: "RX1"),
      KeySpec(
        name: "staffGroup", shape: .text, summary: "The learner's NHS staff group, for reports.",
        example: "Nursing and midwifery registered"),
    ])

  static let preferences = KeyTable(
    kind: "preferences",
    keys: [
      KeySpec(
        name: "budgetMinutes", shape: .integer(minimum: 1),
        summary: "The time available, in minutes; leave out for no limit.", example: "600"),
      KeySpec(
        name: "formats", shape: .list(.oneOf(Resource.formats), orSingle: false),
        summary: "Only these formats; leave out for any.", example: "[e-learning, video]"),
      KeySpec(
        name: "freeOnly", shape: .boolean, summary: "Only resources known to be free.",
        example: "true"),
    ])
}

extension EventDecoder {
  /// Decodes a learner; `needsID` is false in rule tests.
  mutating func learner(needsID: Bool) -> Learner? {
    let start = location
    var archetype: Located<String>?
    var profession: String?
    var learner = Learner(
      id: nil, archetype: Located("", at: start), profession: "", assessment: [], targets: [],
      preferences: Learner.Preferences(), completed: [], location: start)
    let mapped = mapping("learner", table: .learner) { decoder, key in
      switch key.value {
      case "id": learner.id = decoder.id("id")?.value
      case "archetype": archetype = decoder.id("archetype")
      case "profession": profession = decoder.string("profession")?.value
      case "assessment": learner.assessment = decoder.levels("assessment")
      case "targets": learner.targets = decoder.levels("targets")
      case "preferences": learner.preferences = decoder.preferences()
      case "completed": learner.completed = decoder.ids("completed")
      case "organisation": learner.organisation = decoder.string("organisation")?.value
      case "staffGroup": learner.staffGroup = decoder.string("staffGroup")?.value
      default: break
      }
    }
    guard mapped != nil else { return nil }
    if needsID, learner.id == nil {
      report(.missingKey("id", in: "learner", at: start, help: "add `id: alex`"))
      return nil
    }
    guard let archetype, let profession else { return nil }
    learner.archetype = archetype
    learner.profession = profession
    return learner
  }

  private mutating func levels(_ key: String) -> [(
    capability: Located<String>, level: Located<Int>
  )] {
    var levels: [(capability: Located<String>, level: Located<Int>)] = []
    entries(of: key) { decoder, capability in
      if let level = decoder.integer(capability.value) { levels.append((capability, level)) }
    }
    return levels
  }

  private mutating func preferences() -> Learner.Preferences {
    var preferences = Learner.Preferences()
    mapping("preferences", table: .preferences) { decoder, key in
      switch key.value {
      case "budgetMinutes": preferences.budgetMinutes = decoder.integer("budgetMinutes")
      case "formats":
        preferences.formats = decoder.list("formats", expected: "formats") {
          $0.word("formats", oneOf: Resource.formats)
        }
      case "freeOnly": preferences.freeOnly = decoder.boolean("freeOnly")?.value ?? false
      default: break
      }
    }
    return preferences
  }
}
