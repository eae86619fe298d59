extension KeyTable {
  static let level = KeyTable(
    kind: "level",
    keys: [
      KeySpec(
        name: "level", shape: .integer(minimum: 0), isRequired: true,
        summary: "The level's number; levels are listed lowest first.", example: "1"),
      KeySpec(
        name: "name", shape: .text, isRequired: true,
        summary: "The level's name, shown to learners.", example: "Awareness"),
    ])

  static let archetype = KeyTable(
    kind: "archetype",
    keys: [
      KeySpec(
        name: "id", shape: .id, isRequired: true,
        summary: "The archetype's id, used by learners and rules.", example: "user"),
      KeySpec(
        name: "name", shape: .text, isRequired: true, summary: "The archetype's name, plural.",
        example: "Users"),
      KeySpec(
        name: "description", shape: .text, isRequired: true,
        summary: "Who belongs to it, so a learner can recognise themselves.",
        example: "Use AI and digital tools in their daily work."),
      KeySpec(
        name: "roles", shape: .list(.text, orSingle: false),
        summary: "Typical roles in the archetype.", example: "[healthcare professionals]"),
    ])

  static let statement = KeyTable(
    kind: "statement",
    keys: [
      KeySpec(
        name: "archetypes", shape: .list(.id, orSingle: false), isRequired: true,
        summary: "The archetypes the statement applies to.", example: "[user, embedder]"),
      KeySpec(
        name: "text", shape: .text, isRequired: true,
        summary: "The published \"I can ...\" statement.", example: "I can explain what AI is."),
      KeySpec(
        name: "level", shape: .integer(minimum: 0), summary: "The statement's level, where known.",
        example: "1"),
    ])

  static let capability = KeyTable(
    kind: "capability",
    keys: [
      KeySpec(
        name: "id", shape: .id, isRequired: true,
        summary: "The capability's id, conventionally `domain.name`.", example: "ai.ml"),
      KeySpec(
        name: "name", shape: .text, isRequired: true, summary: "The capability's name.",
        example: "Machine learning"),
      KeySpec(
        name: "description", shape: .text, isRequired: true, summary: "What the capability covers.",
        example: "How models learn from data."),
      KeySpec(
        name: "statements", shape: .list(.mapping(.statement), orSingle: false),
        summary: "The published statements under it.", example: "[]"),
    ])

  static let domain = KeyTable(
    kind: "domain",
    keys: [
      KeySpec(name: "id", shape: .id, isRequired: true, summary: "The domain's id.", example: "ai"),
      KeySpec(
        name: "name", shape: .text, isRequired: true, summary: "The domain's name.",
        example: "Artificial intelligence"),
      KeySpec(
        name: "description", shape: .text, summary: "What the domain covers.",
        example: "Machines that learn from data."),
      KeySpec(
        name: "capabilities", shape: .list(.mapping(.capability), orSingle: false),
        isRequired: true, summary: "The capabilities a learner rates in this domain.", example: "[]"
      ),
    ])

  static let framework = KeyTable(
    kind: "framework",
    keys: [
      KeySpec(
        name: "id", shape: .id, isRequired: true, summary: "The framework's id.", example: "dart-ed"
      ),
      KeySpec(
        name: "title", shape: .text, isRequired: true, summary: "The framework's title.",
        example: "AI and Digital Healthcare Technologies Capability Framework"),
      KeySpec(
        name: "levels", shape: .list(.mapping(.level), orSingle: false), isRequired: true,
        summary: "The levels, lowest first.", example: "[{level: 0, name: Not yet started}]"),
      KeySpec(
        name: "archetypes", shape: .list(.mapping(.archetype), orSingle: false), isRequired: true,
        summary: "The archetypes of the workforce.",
        example: "[{id: user, name: Users, description: ...}]"),
      KeySpec(
        name: "domains", shape: .list(.mapping(.domain), orSingle: false), isRequired: true,
        summary: "The domains and their capabilities.",
        example: "[{id: ai, name: AI, capabilities: [...]}]"),
      KeySpec(
        name: "expectations", shape: .dictionary(.dictionary(.integer(minimum: 0))),
        summary:
          "Per archetype, the level expected: `default`, a domain id or a capability id (capability beats domain beats default).",
        example: "{user: {default: 1, ai: 2}}"),
    ])
}

extension EventDecoder {
  /// Decodes a framework file.
  mutating func framework() -> Framework? {
    var framework = Framework(
      id: "", title: "", levels: [], archetypes: [], domains: [], expectations: [],
      file: events.file)
    let location = mapping("framework", table: .framework) { decoder, key in
      switch key.value {
      case "id": framework.id = decoder.id("id")?.value ?? ""
      case "title": framework.title = decoder.string("title")?.value ?? ""
      case "levels":
        framework.levels = decoder.list("levels", expected: "levels") { $0.frameworkLevel() }
      case "archetypes":
        framework.archetypes = decoder.list("archetypes", expected: "archetypes") { $0.archetype() }
      case "domains":
        framework.domains = decoder.list("domains", expected: "domains") { $0.domain() }
      case "expectations":
        decoder.entries(of: "expectations") { decoder, archetype in
          framework.expectations.append(decoder.expectation(for: archetype))
        }
      default: break
      }
    }
    return location == nil ? nil : framework
  }

  private mutating func frameworkLevel() -> Framework.Level? {
    var level: Int?
    var name = ""
    mapping("level", table: .level) { decoder, key in
      switch key.value {
      case "level": level = decoder.integer("level")?.value
      case "name": name = decoder.string("name")?.value ?? ""
      default: break
      }
    }
    return level.map { Framework.Level(level: $0, name: name) }
  }

  private mutating func archetype() -> Framework.Archetype? {
    var id: Located<String>?
    var archetype = Framework.Archetype(
      id: Located("", at: location), name: "", description: "", roles: [])
    mapping("archetype", table: .archetype) { decoder, key in
      switch key.value {
      case "id": id = decoder.id("id")
      case "name": archetype.name = decoder.string("name")?.value ?? ""
      case "description": archetype.description = decoder.string("description")?.value ?? ""
      case "roles": archetype.roles = decoder.strings("roles").map(\.value)
      default: break
      }
    }
    guard let id else { return nil }
    archetype.id = id
    return archetype
  }

  private mutating func domain() -> Framework.Domain? {
    var id: Located<String>?
    var name = ""
    var description: String?
    var capabilities: [Framework.Capability] = []
    mapping("domain", table: .domain) { decoder, key in
      switch key.value {
      case "id": id = decoder.id("id")
      case "name": name = decoder.string("name")?.value ?? ""
      case "description": description = decoder.string("description")?.value
      case "capabilities":
        capabilities = decoder.list("capabilities", expected: "capabilities") { $0.capability() }
      default: break
      }
    }
    guard let id else { return nil }
    for index in capabilities.indices { capabilities[index].domain = id.value }
    return Framework.Domain(
      id: id, name: name, description: description, capabilities: capabilities)
  }

  private mutating func capability() -> Framework.Capability? {
    var id: Located<String>?
    var capability = Framework.Capability(
      id: Located("", at: location), name: "", description: "", domain: "", statements: [])
    mapping("capability", table: .capability) { decoder, key in
      switch key.value {
      case "id": id = decoder.id("id")
      case "name": capability.name = decoder.string("name")?.value ?? ""
      case "description": capability.description = decoder.string("description")?.value ?? ""
      case "statements":
        capability.statements = decoder.list("statements", expected: "statements") {
          $0.statement()
        }
      default: break
      }
    }
    guard let id else { return nil }
    capability.id = id
    return capability
  }

  private mutating func statement() -> Framework.Statement? {
    var statement = Framework.Statement(archetypes: [], text: "", level: nil)
    let location = mapping("statement", table: .statement) { decoder, key in
      switch key.value {
      case "archetypes": statement.archetypes = decoder.ids("archetypes")
      case "text": statement.text = decoder.string("text")?.value ?? ""
      case "level": statement.level = decoder.integer("level")
      default: break
      }
    }
    return location == nil ? nil : statement
  }

  private mutating func expectation(for archetype: Located<String>) -> Framework.Expectation {
    var expectation = Framework.Expectation(archetype: archetype, defaultLevel: nil, levels: [])
    entries(of: "expectations for `\(archetype.value)`") { decoder, key in
      guard let level = decoder.integer(key.value) else { return }
      if key.value == "default" {
        expectation.defaultLevel = level
      } else {
        expectation.levels.append((key, level))
      }
    }
    return expectation
  }
}
