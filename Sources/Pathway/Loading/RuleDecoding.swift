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
      isAtMapping && events.event(at: index + 1)?.kind == .mappingEnd
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
      report(.emptyCondition(key, at: start))
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
      report(keys == 0 ? .emptyEffect(at: start) : .effectKeys(keys, at: start))
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
          capability == nil
            ? .targetNeither(at: start) : .targetBoth(at: start))
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
      return .literal(Located(value, at: events.location(of: event)))
    }
    guard let event = current, event.kind == .scalar, !event.isNull, event.value.contains("{")
    else {
      wrongType(key, expected: "a whole number or a placeholder such as `{target}`")
      return nil
    }
    guard let template = template(key) else { return nil }
    guard let name = template.soloPlaceholder, name.isNumeric else {
      report(.notNumericPlaceholder(key, at: events.location(of: event)))
      return nil
    }
    return .placeholder(name, events.location(of: event))
  }
}

extension Diagnostic {
  /// A condition mapping with nothing in it.
  static func emptyCondition(_ key: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .missingKey, "`\(key)` is an empty condition", at: location,
      help: "name a condition such as `archetype`, `gap` or `all`, or leave `\(key)` out")
  }

  /// The fix for an effect with no key or several: one effect a list item.
  private static let oneEffectAnItem =
    "write each effect as its own list item: `- recommend: {...}`, `- boost: {...}`"

  /// An effect mapping with nothing in it.
  static func emptyEffect(at location: SourceLocation) -> Diagnostic {
    Diagnostic(.missingKey, "an effect needs one key", at: location, help: oneEffectAnItem)
  }

  /// An effect with more than one key.
  static func effectKeys(_ count: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .conflictingKeys, "an effect has one key, not \(count)", at: location, help: oneEffectAnItem)
  }

  /// A `target` that names neither a capability nor a domain.
  static func targetNeither(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .missingKey, "`target` names a capability or a domain, and this names neither",
      at: location, help: "write `capability: ai.ml` or `domain: ai`")
  }

  /// A `target` that names both a capability and a domain.
  static func targetBoth(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .conflictingKeys, "`target` names a capability or a domain, not both", at: location,
      help: "keep `capability` to raise one capability, or `domain` to raise all of a domain's")
  }

  /// A placeholder where a number belongs that does not stand for a number.
  static func notNumericPlaceholder(_ key: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .wrongType, "`\(key)` should be a whole number or one of `{level}`, `{target}`, `{gap}`",
      at: location)
  }
}
