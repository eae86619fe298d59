extension KeyTable {
  static let resource = KeyTable(
    kind: "resource",
    keys: [
      KeySpec(
        name: "id", shape: .id, isRequired: true,
        summary: "The resource's id, unique in the catalogue.",
        example: "elfh-data-security-awareness"),
      KeySpec(
        name: "title", shape: .text, isRequired: true, summary: "The title the provider gives it.",
        example: "Data Security Awareness"),
      KeySpec(
        name: "provider", shape: .text, isRequired: true, summary: "Who publishes it.",
        example: "e-Learning for Healthcare"),
      KeySpec(
        name: "url", shape: .url, isRequired: true,
        summary: "Where to find it: an http or https address.", example: "https://www.e-lfh.org.uk/"
      ),
      KeySpec(
        name: "format", shape: .oneOf(Resource.formats), isRequired: true,
        summary: "What kind of resource it is.", example: "e-learning"),
      KeySpec(
        name: "minutes", shape: .integer(minimum: 1), isRequired: true,
        summary: "Time to complete, in minutes (mark estimates in a comment).", example: "40"),
      KeySpec(
        name: "cost", shape: .number(exclusiveMinimum: nil),
        summary:
          "Cost in pounds; 0 is free; leave out when unknown (free only then treats it as not free).",
        example: "0"),
      KeySpec(
        name: "level", shape: .integer(minimum: 1), isRequired: true,
        summary: "The level a learner reaches in its capabilities.", example: "2"),
      KeySpec(
        name: "capabilities", shape: .list(.id, orSingle: false),
        summary: "The capabilities it teaches.", example: "[ai.ml, ethics.principles]"),
      KeySpec(
        name: "archetypes", shape: .list(.id, orSingle: false),
        summary: "The archetypes it is for; leave out for every archetype.",
        example: "[user, embedder]"),
      KeySpec(
        name: "prerequisites", shape: .list(.id, orSingle: false),
        summary: "Resources to complete first.", example: "[elfh-ai-foundations]"),
      KeySpec(
        name: "tags", shape: .list(.id, orSingle: false),
        summary: "Free labels that selectors can match.", example: "[nhs, introductory]"),
      KeySpec(
        name: "published", shape: .date,
        summary: "When the provider published it: YYYY-MM-DD, YYYY-MM or YYYY.",
        example: "2023-02-21"),
      KeySpec(
        name: "reviewed", shape: .date, summary: "When the catalogue's editors last checked it.",
        example: "2024-05-01"),
    ])

  static let resourceFile = KeyTable(
    kind: "resources file",
    keys: [
      KeySpec(
        name: "resources", shape: .list(.mapping(.resource), orSingle: false), isRequired: true,
        summary: "The resources in this file.", example: "[]")
    ])
}

extension EventDecoder {
  /// Decodes a resources file: a list of resources, or a mapping whose `resources` key holds one.
  mutating func resources() -> [Resource] {
    var resources: [Resource] = []
    if isAtMapping {
      mapping("resources file", table: .resourceFile) { decoder, _ in
        resources = decoder.list("resources", expected: "resources") { $0.resource() }
      }
    } else {
      resources = list("resources", expected: "resources") { $0.resource() }
    }
    return resources
  }

  private mutating func resource() -> Resource? {
    let start = location
    var id: Located<String>?
    var url: Located<String>?
    var minutes: Located<Int>?
    var level: Located<Int>?
    var resource = Resource(
      id: Located("", at: start), title: "", provider: "", url: Located("", at: start), format: "",
      minutes: Located(0, at: start), cost: nil, level: Located(0, at: start), capabilities: [],
      archetypes: nil, prerequisites: [], tags: [], published: nil, reviewed: nil, location: start)
    let location = mapping("resource", table: .resource) { decoder, key in
      switch key.value {
      case "id": id = decoder.id("id")
      case "title": resource.title = decoder.string("title")?.value ?? ""
      case "provider": resource.provider = decoder.string("provider")?.value ?? ""
      case "url": url = decoder.string("url")
      case "format": resource.format = decoder.word("format", oneOf: Resource.formats)?.value ?? ""
      case "minutes": minutes = decoder.integer("minutes")
      case "cost": resource.cost = decoder.cost()
      case "level": level = decoder.integer("level")
      case "capabilities": resource.capabilities = decoder.ids("capabilities")
      case "archetypes": resource.archetypes = decoder.ids("archetypes")
      case "prerequisites": resource.prerequisites = decoder.ids("prerequisites")
      case "tags": resource.tags = decoder.ids("tags").map(\.value)
      case "published": resource.published = decoder.date("published")?.value
      case "reviewed": resource.reviewed = decoder.date("reviewed")
      default: break
      }
    }
    guard location != nil, let id, let url, let minutes, let level else { return nil }
    resource.id = id
    resource.url = url
    resource.minutes = minutes
    resource.level = level
    return resource
  }

  private mutating func cost() -> Double? {
    guard let cost = number("cost") else { return nil }
    guard cost.value >= 0 else {
      report(
        .invalidValue(
          PlainNumber.text(cost.value), for: "cost", at: cost.location,
          help: "the price is in pounds and cannot be negative: write 0 for free"))
      return nil
    }
    return cost.value
  }

  /// A date written YYYY-MM-DD, YYYY-MM or YYYY.
  mutating func date(_ key: String) -> Located<String>? {
    guard let text = string(key) else { return nil }
    guard CalendarDate(text.value) != nil else {
      report(
        .invalidValue(
          text.value, for: key, at: text.location, help: "write a date: YYYY-MM-DD, YYYY-MM or YYYY"
        ))
      return nil
    }
    return text
  }
}
