extension KeyTable {
  static let rule = KeyTable(
    kind: "rule",
    keys: [
      KeySpec(
        name: "id", shape: .id, isRequired: true,
        summary: "The rule's id, unique across rule files.", example: "close-gaps"),
      KeySpec(
        name: "weight", shape: .number(exclusiveMinimum: 0),
        summary: "Multiplies every term of the rule; above 0, default 1.", example: "2"),
      KeySpec(
        name: "when", shape: .condition,
        summary: "When the rule fires; leave out for always.",
        example: "{gap: {capability: \"ai.*\"}}"),
      KeySpec(
        name: "then", shape: .effects, isRequired: true,
        summary: "What the rule does: recommend, exclude, boost, penalise, target, require.",
        example: "[{recommend: {capability: \"{capability}\"}}]"),
      KeySpec(
        name: "because", shape: .text, isRequired: true,
        summary: "The reason shown to the learner; may use placeholders.",
        example: "You rated {capability.name} at {level}."),
    ])

  static let ruleFile = KeyTable(
    kind: "rules file",
    keys: [
      KeySpec(
        name: "rules", shape: .list(.mapping(.rule), orSingle: false), isRequired: true,
        summary: "The rules in this file.", example: "[]")
    ])

  static let condition = KeyTable(
    kind: "condition",
    keys: [
      KeySpec(
        name: "archetype", shape: .list(.id, orSingle: true),
        summary: "Holds for learners of these archetypes.", example: "[embedder, driver]"),
      KeySpec(
        name: "profession", shape: .list(.text, orSingle: true),
        summary: "Holds for learners of these professions (any case).", example: "nurse"),
      KeySpec(
        name: "gap", shape: .mapping(.capabilityCondition),
        summary:
          "Holds for each matching capability whose gap is within bounds (min defaults to 1); fires once per capability.",
        example: "{capability: \"ai.*\", min: 1}"),
      KeySpec(
        name: "level", shape: .mapping(.capabilityCondition),
        summary:
          "Holds for each matching capability whose assessed level is within bounds; fires once per capability.",
        example: "{capability: ai.ml, max: 1}"),
      KeySpec(
        name: "completed", shape: .id,
        summary: "Holds when the learner has completed this resource.",
        example: "elfh-data-security-awareness"),
      KeySpec(
        name: "preference", shape: .mapping(.preferenceCondition),
        summary: "Holds when the learner's preferences match.", example: "{freeOnly: true}"),
      KeySpec(
        name: "all", shape: .conditions,
        summary: "Holds when every condition holds.",
        example: "[{archetype: user}, {gap: {capability: \"ai.*\"}}]"),
      KeySpec(
        name: "any", shape: .conditions,
        summary: "Holds when any condition holds.",
        example: "[{archetype: user}, {archetype: embedder}]"),
      KeySpec(
        name: "not", shape: .condition,
        summary: "Holds when the condition does not.",
        example: "{completed: elfh-data-security-awareness}"),
    ])

  static let capabilityCondition = KeyTable(
    kind: "capability condition",
    keys: [
      KeySpec(
        name: "capability", shape: .text,
        summary: "A capability id or a glob such as `ai.*`; leave out for every capability.",
        example: "\"ai.*\""),
      KeySpec(
        name: "domain", shape: .id, summary: "Only capabilities of this domain.", example: "data"),
      KeySpec(
        name: "min", shape: .integer(minimum: 0), summary: "The lowest value that holds.",
        example: "1"),
      KeySpec(
        name: "max", shape: .integer(minimum: 0), summary: "The highest value that holds.",
        example: "3"),
    ])

  static let preferenceCondition = KeyTable(
    kind: "preference condition",
    keys: [
      KeySpec(
        name: "freeOnly", shape: .boolean,
        summary: "Holds when the learner's free-only preference is this.", example: "true"),
      KeySpec(
        name: "formats", shape: .list(.oneOf(Resource.formats), orSingle: true),
        summary: "Holds when the learner prefers any of these formats.", example: "[video, podcast]"
      ),
      KeySpec(
        name: "budget", shape: .mapping(.budgetBounds),
        summary:
          "Holds when the learner's time budget, in minutes, is within bounds (no budget counts as unlimited).",
        example: "{max: 120}"),
    ])

  static let budgetBounds = KeyTable(
    kind: "budget bounds",
    keys: [
      KeySpec(
        name: "min", shape: .integer(minimum: 0),
        summary: "The smallest budget, in minutes, that holds.",
        example: "60"),
      KeySpec(
        name: "max", shape: .integer(minimum: 0),
        summary: "The largest budget, in minutes, that holds.",
        example: "300"),
    ])

  static let bounds = KeyTable(
    kind: "bounds",
    keys: [
      KeySpec(
        name: "min", shape: .numberOrPlaceholder,
        summary: "The lowest value that matches.", example: "1"),
      KeySpec(
        name: "max", shape: .numberOrPlaceholder,
        summary: "The highest value that matches.", example: "\"{target}\""),
    ])

  static let effect = KeyTable(
    kind: "effect",
    keys: [
      KeySpec(
        name: "recommend", shape: .mapping(.selector),
        summary:
          "Makes the selected resources candidates; each is worth weight x the levels it closes of the firing's gap.",
        example: "{capability: \"{capability}\", level: {max: \"{target}\"}}"),
      KeySpec(
        name: "exclude", shape: .mapping(.selector),
        summary: "Keeps the selected resources out of the plan.", example: "{level: 4}"),
      KeySpec(
        name: "boost", shape: .mapping(.adjustment),
        summary: "Adds weight x `by` to the selected resources' scores.",
        example: "{select: {format: e-learning}, by: 0.5}"),
      KeySpec(
        name: "penalise", shape: .mapping(.adjustment),
        summary: "Subtracts weight x `by` from the selected resources' scores.",
        example: "{select: {level: 4}, by: 1}"),
      KeySpec(
        name: "target", shape: .mapping(.targetEffect),
        summary: "Sets the learner's target for a capability or a domain.",
        example: "{capability: data.privacy, level: 2}"),
      KeySpec(
        name: "require", shape: .list(.id, orSingle: true),
        summary: "Makes resources mandatory in the plan.", example: "elfh-data-security-awareness"),
    ])

  static let adjustment = KeyTable(
    kind: "adjustment",
    keys: [
      KeySpec(
        name: "select", shape: .mapping(.selector), isRequired: true,
        summary: "The resources to adjust.", example: "{format: e-learning}"),
      KeySpec(
        name: "by", shape: .number(exclusiveMinimum: nil), isRequired: true,
        summary: "How much, before the rule's weight.", example: "0.5"),
    ])

  static let targetEffect = KeyTable(
    kind: "target",
    keys: [
      KeySpec(
        name: "capability", shape: .text, summary: "A capability id, a glob, or `{capability}`.",
        example: "data.privacy"),
      KeySpec(
        name: "domain", shape: .text, summary: "A domain id: every capability in it.",
        example: "data"),
      KeySpec(
        name: "level", shape: .numberOrPlaceholder, isRequired: true,
        summary: "The target level.", example: "2"),
    ])

  static let selector = KeyTable(
    kind: "selector",
    keys: [
      KeySpec(
        name: "ids", shape: .list(.text, orSingle: true), summary: "These resources.",
        example: "[elfh-ai-foundations]"),
      KeySpec(
        name: "capability", shape: .list(.text, orSingle: true),
        summary: "Resources teaching a capability: an id, a glob or a placeholder.",
        example: "\"{capability}\""),
      KeySpec(
        name: "domain", shape: .list(.text, orSingle: true),
        summary: "Resources teaching a capability of this domain.", example: "ai"),
      KeySpec(
        name: "level", shape: .levelSelection,
        summary: "Resources at this level or within bounds.", example: "{max: \"{target}\"}"),
      KeySpec(
        name: "format", shape: .list(.text, orSingle: true), summary: "Resources of these formats.",
        example: "[video, podcast]"),
      KeySpec(
        name: "tag", shape: .list(.text, orSingle: true),
        summary: "Resources with any of these tags.", example: "introductory"),
      KeySpec(
        name: "provider", shape: .list(.text, orSingle: true),
        summary: "Resources from these providers.", example: "NICE"),
      KeySpec(
        name: "free", shape: .boolean, summary: "Free resources (true) or the others (false).",
        example: "true"),
      KeySpec(
        name: "maxMinutes", shape: .numberOrPlaceholder,
        summary: "Resources that take at most this many minutes.", example: "60"),
      KeySpec(
        name: "archetype", shape: .list(.text, orSingle: true),
        summary: "Resources meant for these archetypes.", example: "\"{archetype}\""),
    ])
}

extension EventDecoder {
  /// Decodes a rules file: a mapping whose `rules` key holds the list.
  mutating func rules() -> [Rule] {
    var rules: [Rule] = []
    mapping("rules file", table: .ruleFile) { decoder, _ in
      rules = decoder.list("rules", expected: "rules") { $0.rule() }
    }
    return rules
  }

  private mutating func rule() -> Rule? {
    let start = location
    var id: Located<String>?
    var weight = Located(1.0, at: start)
    var condition: Condition?
    var effects: [Effect] = []
    var because: Template?
    let location = mapping("rule", table: .rule) { decoder, key in
      switch key.value {
      case "id": id = decoder.id("id")
      case "weight": weight = decoder.number("weight") ?? weight
      case "when": condition = decoder.condition("when")
      case "then": effects = decoder.list("then", expected: "effects") { $0.effect() }
      case "because": because = decoder.templateOrText("because")
      default: break
      }
    }
    guard location != nil, let id, let because else { return nil }
    return Rule(
      id: id, weight: weight, condition: condition, effects: effects, because: because,
      location: start)
  }

  // MARK: - Conditions

  /// A condition: one key, or several meaning all of them.
  mutating func condition(_ key: String) -> Condition? {
    let start = location
    let isEmpty =
      isAtMapping && document.events.indices.contains(index + 1)
      && document.events[index + 1].kind == .mappingEnd
    var parts: [Condition] = []
    var isValid = true
    let mapped = mapping(key, table: .condition) { decoder, name in
      guard let part = decoder.conditionPart(name) else {
        isValid = false
        return
      }
      parts.append(part)
    }
    guard mapped != nil, isValid else { return nil }
    guard parts.count != 1 else { return parts.first }
    if parts.isEmpty, isEmpty {
      report(
        Diagnostic(
          .missingKey, "`\(key)` is an empty condition", at: start,
          help: "name a condition such as `archetype`, `gap` or `all`, or leave `\(key)` out"))
    }
    if parts.isEmpty { return nil }
    return .all(parts, start)
  }

  private mutating func conditionPart(_ name: Located<String>) -> Condition? {
    switch name.value {
    case "archetype":
      return .archetype(ids("archetype", orSingle: true))
    case "profession":
      return .profession(strings("profession", orSingle: true))
    case "gap":
      return capabilityCondition("gap").map(Condition.gap)
    case "level":
      return capabilityCondition("level").map(Condition.level)
    case "completed":
      return id("completed").map(Condition.completed)
    case "preference":
      return preferenceCondition().map(Condition.preference)
    case "all", "any":
      var conditions: [Condition] = []
      var isValid = true
      sequence(name.value, expected: "a list of conditions") { decoder in
        if let condition = decoder.condition(name.value) {
          conditions.append(condition)
        } else {
          isValid = false
        }
      }
      guard isValid else { return nil }
      return name.value == "all" ? .all(conditions, name.location) : .any(conditions, name.location)
    case "not":
      return condition("not").map(Condition.not)
    default:
      return nil
    }
  }

  private mutating func capabilityCondition(_ key: String) -> CapabilityCondition? {
    var condition = CapabilityCondition(
      capability: nil, domain: nil, min: nil, max: nil, location: location)
    let mapped = mapping(key, table: .capabilityCondition) { decoder, name in
      switch name.value {
      case "capability": condition.capability = decoder.string("capability")
      case "domain": condition.domain = decoder.id("domain")
      case "min": condition.min = decoder.integer("min")
      case "max": condition.max = decoder.integer("max")
      default: break
      }
    }
    return mapped == nil ? nil : condition
  }

  private mutating func preferenceCondition() -> PreferenceCondition? {
    var condition = PreferenceCondition(
      freeOnly: nil, formats: nil, budgetMin: nil, budgetMax: nil, location: location)
    let mapped = mapping("preference", table: .preferenceCondition) { decoder, name in
      switch name.value {
      case "freeOnly": condition.freeOnly = decoder.boolean("freeOnly")
      case "formats":
        condition.formats = decoder.list("formats", orSingle: true, expected: "formats") {
          $0.word("formats", oneOf: Resource.formats)
        }
      case "budget":
        decoder.mapping("budget", table: .budgetBounds) { decoder, bound in
          if bound.value == "min" { condition.budgetMin = decoder.integer("min") }
          if bound.value == "max" { condition.budgetMax = decoder.integer("max") }
        }
      default: break
      }
    }
    return mapped == nil ? nil : condition
  }

  // MARK: - Effects

  private mutating func effect() -> Effect? {
    let start = location
    let keys = keyCount()
    var kinds: [Effect.Kind] = []
    var names: [Located<String>] = []
    var isValid = true
    let mapped = mapping("effect", table: .effect) { decoder, name in
      names.append(name)
      guard let kind = decoder.effectKind(name.value) else {
        isValid = false
        return
      }
      kinds.append(kind)
    }
    guard mapped != nil else { return nil }
    guard keys == 1 else {
      report(
        Diagnostic(
          .invalidValue,
          keys == 0 ? "an effect needs one key" : "an effect has one key, not \(keys)",
          at: start,
          help: "write each effect as its own list item: `- recommend: {...}`, `- boost: {...}`"))
      return nil
    }
    guard isValid, names.count == 1, let kind = kinds.first else { return nil }
    return Effect(kind: kind, location: start)
  }

  private mutating func effectKind(_ name: String) -> Effect.Kind? {
    switch name {
    case "recommend": return selector("recommend").map(Effect.Kind.recommend)
    case "exclude": return selector("exclude").map(Effect.Kind.exclude)
    case "boost", "penalise":
      var select: Selector?
      var by: Located<Double>?
      let mapped = mapping(name, table: .adjustment) { decoder, key in
        if key.value == "select" { select = decoder.selector("select") }
        if key.value == "by" { by = decoder.number("by") }
      }
      guard mapped != nil, let select, let by else { return nil }
      return name == "boost" ? .boost(select, by: by) : .penalise(select, by: by)
    case "target":
      var capability: Template?
      var domain: Template?
      var level: NumberValue?
      let start = location
      let mapped = mapping("target", table: .targetEffect) { decoder, key in
        switch key.value {
        case "capability": capability = decoder.template("capability")
        case "domain": domain = decoder.template("domain")
        case "level": level = decoder.numberValue("level")
        default: break
        }
      }
      guard mapped != nil, let level else { return nil }
      guard (capability == nil) != (domain == nil) else {
        report(
          Diagnostic(
            .missingKey, "`target` names a capability or a domain, one of them", at: start,
            help: "write `capability: ai.ml` or `domain: ai`"))
        return nil
      }
      return .target(TargetEffect(capability: capability, domain: domain, level: level))
    case "require":
      return .require(ids("require", orSingle: true))
    default:
      return nil
    }
  }

  // MARK: - Selectors

  /// A selector: keys combine with "and", a list value means "any of".
  mutating func selector(_ key: String) -> Selector? {
    var selector = Selector(location: location)
    var isValid = true
    let mapped = mapping(key, table: .selector) { decoder, name in
      func templates() -> [Template]? {
        let values = decoder.list(name.value, orSingle: true, expected: "text") {
          $0.template(name.value)
        }
        if values.isEmpty { isValid = false }
        return values
      }
      switch name.value {
      case "ids": selector.ids = templates()
      case "capability": selector.capability = templates()
      case "domain": selector.domain = templates()
      case "format": selector.format = templates()
      case "tag": selector.tag = templates()
      case "provider": selector.provider = templates()
      case "archetype": selector.archetype = templates()
      case "free": selector.free = decoder.boolean("free")
      case "maxMinutes": selector.maxMinutes = decoder.numberValue("maxMinutes")
      case "level":
        if decoder.isAtMapping {
          var bounds = Selector.Bounds()
          decoder.mapping("level", table: .bounds) { decoder, bound in
            if bound.value == "min" { bounds.min = decoder.numberValue("min") }
            if bound.value == "max" { bounds.max = decoder.numberValue("max") }
          }
          selector.level = bounds
        } else if let value = decoder.numberValue("level") {
          selector.level = Selector.Bounds(min: value, max: value)
        }
      default: break
      }
    }
    return mapped != nil && isValid ? selector : nil
  }

  /// A whole number, or a single numeric placeholder such as `"{target}"`.
  mutating func numberValue(_ key: String) -> NumberValue? {
    if let event = current, event.kind == .scalar, event.isPlain, let value = Int(event.value) {
      index += 1
      return .literal(Located(value, at: event.location))
    }
    guard let event = current, event.kind == .scalar, !event.isNull, event.value.contains("{")
    else {
      wrongType(key, expected: "a whole number or a placeholder such as `{target}`")
      return nil
    }
    guard let template = template(key) else { return nil }
    guard let name = template.soloPlaceholder, name.isNumeric else {
      report(
        Diagnostic(
          .wrongType, "`\(key)` should be a whole number or one of `{level}`, `{target}`, `{gap}`",
          at: event.location))
      return nil
    }
    return .placeholder(name, event.location)
  }

  /// A `because` text: its template, or when that has errors (reported), the text as written, so
  /// that the rest of the rule is still checked.
  mutating func templateOrText(_ key: String) -> Template? {
    guard let event = current, event.kind == .scalar, !event.isNull else { return template(key) }
    return template(key)
      ?? Template(segments: [.literal(event.value)], text: event.value, location: event.location)
  }

  /// Text with placeholders; an unknown placeholder or an unclosed brace is an error.
  mutating func template(_ key: String) -> Template? {
    guard let text = string(key) else { return nil }
    var segments: [Template.Segment] = []
    var literal = ""
    var rest = Substring(text.value)
    var isValid = true
    while let open = rest.firstIndex(of: "{") {
      literal += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else {
        report(
          Diagnostic(
            .invalidValue, "`{` is not closed in `\(key)`", at: text.location,
            help: "write a placeholder as `{name}`, such as `{capability.name}`"))
        return nil
      }
      let name = String(rest[rest.index(after: open)..<close])
      if let placeholder = Placeholder(rawValue: name) {
        if !literal.isEmpty { segments.append(.literal(literal)) }
        literal = ""
        segments.append(.placeholder(placeholder))
      } else {
        isValid = false
        report(
          Diagnostic(
            .unknownPlaceholder, "unknown placeholder `{\(name)}`", at: text.location,
            help: Placeholder.allCases.map(\.rawValue).closest(to: name).map {
              "did you mean `{\($0)}`?"
            }
              ?? "placeholders are "
              + Placeholder.allCases.map { "`{\($0.rawValue)}`" }.joined(separator: ", ")))
      }
      rest = rest[rest.index(after: close)...]
    }
    literal += rest
    if !literal.isEmpty { segments.append(.literal(literal)) }
    return isValid ? Template(segments: segments, text: text.value, location: text.location) : nil
  }
}
