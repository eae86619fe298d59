extension Validator {
  /// Warns of each selector with placeholders that chooses no resource for any learner its
  /// rule's condition allows: for none of the archetypes the condition admits (resources meant
  /// for others left out) and none of the capabilities it can bind, whatever the learner's levels.
  ///
  /// Numeric placeholders (`{level}`, `{target}`, `{gap}`) are taken to allow any number, and a
  /// selector on `{profession}` is not judged, so a warning is never given where some learner
  /// could be matched.
  mutating func reportSelectorsThatNeverMatch(in rule: Rule) {
    let framework = project.framework
    let archetypes = framework.archetypes.filter {
      rule.condition?.requiredArchetypes?.contains($0.id.value) ?? true
    }
    let capabilities: [Framework.Capability?] =
      rule.condition.flatMap { $0.bindsCapability ? bindable(by: $0) : nil }.map {
        bound in framework.capabilities.filter { bound.contains($0.id.value) }
      } ?? [nil]
    // A glob that matches nothing, or a placeholder left unbound, is an error of its own.
    guard !capabilities.isEmpty else { return }
    let bindsCapability = rule.condition?.bindsCapability ?? false
    for effect in rule.effects {
      guard let selector = effect.selector, selector.isDynamic,
        !selector.templates.contains(where: { $0.placeholders.contains(.profession) }),
        bindsCapability
          || !selector.templates.contains(where: {
            $0.placeholders.contains(where: \.needsCapability)
          })
      else { continue }
      let loose = selector.withoutNumericPlaceholders
      let matchesSomeone = archetypes.contains { archetype in
        capabilities.contains { capability in
          let binding = Binding(
            archetype: archetype, archetypeID: archetype.id.value, profession: "",
            capability: capability.map { ($0, level: 0, target: 0) })
          return ResourceMatcher(selector: loose, binding: binding, facts: known.facts)
            .matchesAny { known.facts.isFor($0, archetype: archetype.id.value) }
        }
      }
      guard !matchesSomeone else { continue }
      report(
        .selectorNeverMatches(
          rule, at: selector.location, archetypes: archetypes.map(\.name),
          capabilities: capabilities.compactMap { $0?.name }))
    }
  }

  /// The capabilities a condition can bind, by id; nil where it binds none.
  private func bindable(by condition: Condition) -> Set<String>? {
    switch condition {
    case .gap(let bounds), .level(let bounds):
      let glob = bounds.capability.map { Glob($0.value) }
      return Set(
        project.framework.capabilities.filter { capability in
          (glob?.matches(capability.id.value) ?? true)
            && (bounds.domain.map { $0.value == capability.domain } ?? true)
        }.map(\.id.value))
    case .all(let conditions, _):
      let sets = conditions.compactMap(bindable)
      guard let first = sets.first else { return nil }
      return sets.dropFirst().reduce(first) { $0.intersection($1) }
    case .any(let conditions, _):
      let sets = conditions.compactMap(bindable)
      return sets.isEmpty ? nil : sets.reduce(into: Set<String>()) { $0.formUnion($1) }
    case .archetype, .profession, .completed, .preference, .not:
      return nil
    }
  }
}

extension Selector {
  /// The selector with its bounds that hold a placeholder left out: it chooses at least what the
  /// whole selector chooses for any levels.
  var withoutNumericPlaceholders: Selector {
    func literal(_ number: NumberValue?) -> NumberValue? {
      if case .literal = number { number } else { nil }
    }
    var copy = self
    copy.level = level.map { Bounds(min: literal($0.min), max: literal($0.max)) }
    copy.maxMinutes = literal(maxMinutes)
    return copy
  }
}

extension Diagnostic {
  /// A selector that chooses nothing for any learner its rule allows: none meant for these
  /// archetypes that teaches these capabilities (named, when the rule binds any).
  static func selectorNeverMatches(
    _ rule: Rule, at location: SourceLocation, archetypes: [String], capabilities names: [String]
  ) -> Diagnostic {
    let taught =
      names.isEmpty
      ? ""
      : " that teaches "
        + (names.count <= 3
          ? Phrases.list(names) : Phrases.list(names.prefix(2) + ["\(names.count - 2) more"]))
    return Diagnostic(
      .selectorNeverMatches, .warning,
      "rule `\(rule.id.value)` can never choose a resource here: no resource meant for \(Phrases.list(archetypes))\(taught) matches this selector",
      at: location,
      help: "loosen the selector (format, level, tag) or the rule's archetypes, or add a resource")
  }
}
