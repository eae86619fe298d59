extension Validator {
  mutating func validateRules() {
    for rule in project.rules {
      if rule.weight.value <= 0 {
        report(.nonPositiveWeight(rule.weight))
      }
      let bindsCapability = rule.condition?.bindsCapability ?? false
      if let condition = rule.condition {
        validate(condition)
        if let reason = Self.reasonNeverFires(
          condition, maximumGap: levelRange.upperBound - levelRange.lowerBound)
        {
          report(.ruleNeverFires(rule.id, because: reason))
        }
      }
      for effect in rule.effects { validate(effect, bindsCapability: bindsCapability) }
      reportSelectorsThatNeverMatch(in: rule)
      checkPlaceholders(in: rule.because, bindsCapability: bindsCapability, allowsResource: true)
    }
    reportExcludedRequirements()
  }

  // MARK: - Conditions

  /// Checks a condition and everything below it, without recursion on nesting.
  private mutating func validate(_ root: Condition) {
    var pending = [root]
    while let condition = pending.popLast() {
      switch condition {
      case .archetype(let ids):
        for id in ids {
          checkKnown(id, in: archetypeIDs, code: .unknownArchetype, what: "archetype")
        }
      case .profession:
        break
      case .gap(let bounds):
        validate(bounds, range: 0...levelRange.upperBound - levelRange.lowerBound, what: "gap")
      case .level(let bounds):
        validate(bounds, range: levelRange, what: "level")
      case .completed(let id):
        checkKnown(id, in: resourceIDs, code: .unknownResource, what: "resource")
      case .preference(let preference):
        if let min = preference.budgetMin, let max = preference.budgetMax, min.value > max.value {
          report(.minAboveMax(min, max))
        }
      case .all(let conditions, _), .any(let conditions, _):
        pending += conditions
      case .not(let condition):
        pending.append(condition)
      }
    }
  }

  private mutating func validate(
    _ condition: CapabilityCondition, range: ClosedRange<Int>, what: String
  ) {
    if let capability = condition.capability { checkCapabilityPattern(capability) }
    if let domain = condition.domain {
      checkKnown(domain, in: domainIDs, code: .unknownDomain, what: "domain")
    }
    if let min = condition.min { checkLevel(min, "\(what) `min`", in: range) }
    if let max = condition.max { checkLevel(max, "\(what) `max`", in: range) }
    if let min = condition.min, let max = condition.max, min.value > max.value {
      report(.minAboveMax(min, max))
    }
  }

  // MARK: - Effects

  private mutating func validate(_ effect: Effect, bindsCapability: Bool) {
    switch effect.kind {
    case .recommend(let selector), .exclude(let selector), .boost(let selector, _),
      .penalise(let selector, _):
      validate(selector, bindsCapability: bindsCapability)
    case .target(let target):
      if let capability = target.capability {
        checkPlaceholders(in: capability, bindsCapability: bindsCapability, allowsResource: false)
        if capability.isLiteral {
          checkCapabilityPattern(Located(capability.text, at: capability.location))
        }
      }
      if let domain = target.domain {
        checkPlaceholders(in: domain, bindsCapability: bindsCapability, allowsResource: false)
        if domain.isLiteral {
          checkKnown(
            Located(domain.text, at: domain.location), in: domainIDs, code: .unknownDomain,
            what: "domain")
        }
      }
      check(target.level, bindsCapability: bindsCapability)
    case .require(let ids):
      for id in ids { checkKnown(id, in: resourceIDs, code: .unknownResource, what: "resource") }
    }
  }

  /// Why a condition can never hold for any learner, where that can be told from the framework
  /// alone: archetypes that exclude each other, or a level and a gap that add up past the top.
  static func reasonNeverFires(_ condition: Condition, maximumGap: Int) -> String? {
    guard case .all(let parts, _) = condition else { return nil }
    let archetypeSets = parts.compactMap { part -> Set<String>? in
      if case .archetype(let ids) = part { Set(ids.map(\.value)) } else { nil }
    }
    if let first = archetypeSets.first,
      archetypeSets.dropFirst().reduce(first, { $0.intersection($1) }).isEmpty,
      archetypeSets.count > 1
    {
      return "it asks for archetypes that exclude each other"
    }
    var lowestLevel: [String: Int] = [:]
    var lowestGap: [String: Int] = [:]
    for part in parts {
      switch part {
      case .level(let bounds):
        lowestLevel[bounds.capability?.value ?? "*", default: 0] = bounds.min?.value ?? 0
      case .gap(let bounds):
        lowestGap[bounds.capability?.value ?? "*", default: 1] = bounds.min?.value ?? 1
      default: break
      }
    }
    for (capability, level) in lowestLevel {
      if let gap = lowestGap[capability], level + gap > maximumGap {
        return "a level of at least \(level) and a gap of at least \(gap) go past the top level"
      }
    }
    return nil
  }

  private mutating func validate(_ selector: Selector, bindsCapability: Bool) {
    for template in selector.templates {
      checkPlaceholders(in: template, bindsCapability: bindsCapability, allowsResource: false)
    }
    if !selector.isDynamic, !selectsAny(selector) {
      report(.selectsNothing(at: selector.location))
    }
    for number in [selector.level?.min, selector.level?.max].compactMap({ $0 }) {
      check(number, bindsCapability: bindsCapability)
    }
    if let maxMinutes = selector.maxMinutes {
      if case .literal(let minutes) = maxMinutes, minutes.value <= 0 {
        report(
          .invalidValue(
            String(minutes.value), for: "maxMinutes", at: minutes.location,
            help: "give the longest time a resource may take, in minutes, above 0"))
      }
      if case .placeholder = maxMinutes { check(maxMinutes, bindsCapability: bindsCapability) }
    }
    for id in literals(selector.ids) {
      checkKnown(id, in: resourceIDs, code: .unknownResource, what: "resource")
    }
    for pattern in literals(selector.capability) { checkCapabilityPattern(pattern) }
    for domain in literals(selector.domain) {
      checkKnown(domain, in: domainIDs, code: .unknownDomain, what: "domain")
    }
    for archetype in literals(selector.archetype) {
      checkKnown(archetype, in: archetypeIDs, code: .unknownArchetype, what: "archetype")
    }
    for format in literals(selector.format) where !Resource.formats.contains(format.value) {
      report(
        .invalidValue(
          format.value, for: "format", at: format.location,
          help: didYouMean(format.value, in: Resource.formats) ?? "formats are "
            + Resource.formats.joined(separator: ", ")))
    }
  }

  private func literals(_ templates: [Template]?) -> [Located<String>] {
    (templates ?? []).filter(\.isLiteral).map { Located($0.text, at: $0.location) }
  }

  private mutating func check(_ number: NumberValue, bindsCapability: Bool) {
    switch number {
    case .literal(let level):
      checkLevel(level, "level")
    case .placeholder(let name, let location):
      if name.needsCapability && !bindsCapability {
        report(.unboundPlaceholder(name, at: location))
      }
    }
  }

  /// Reports placeholders that the rule's condition does not bind.
  private mutating func checkPlaceholders(
    in template: Template, bindsCapability: Bool, allowsResource: Bool
  ) {
    for name in template.placeholders {
      if name == .resourceTitle && !allowsResource {
        report(.resourceTitleOutsideBecause(at: template.location))
      } else if name.needsCapability && !bindsCapability {
        report(.unboundPlaceholder(name, at: template.location))
      }
    }
  }

  /// Warns where a rule's exclusion can take out a resource that a rule requires: when both fire,
  /// the exclusion wins.
  private mutating func reportExcludedRequirements() {
    var required: [String: (rule: Rule, location: SourceLocation)] = [:]
    for rule in project.rules {
      for effect in rule.effects {
        if case .require(let ids) = effect.kind {
          for id in ids where required[id.value] == nil { required[id.value] = (rule, id.location) }
        }
      }
    }
    for rule in project.rules {
      for effect in rule.effects {
        guard case .exclude(let selector) = effect.kind, !selector.isDynamic else { continue }
        let excluded = selection(of: selector)
        for id in excluded.sorted() {
          guard let requirement = required[id] else { continue }
          if let excluding = rule.condition?.requiredArchetypes,
            let requiring = requirement.rule.condition?.requiredArchetypes,
            excluding.isDisjoint(with: requiring)
          {
            continue
          }
          report(
            .excludedRequirement(
              id, excludedBy: rule.id.value, always: rule.condition == nil,
              requiredBy: requirement.rule.id.value, at: selector.location,
              requiredAt: requirement.location))
        }
      }
    }
  }
}

extension Diagnostic {
  /// A rule's weight of 0 or less.
  static func nonPositiveWeight(_ weight: Located<Double>) -> Diagnostic {
    Diagnostic(
      .nonPositiveWeight, "`weight` must be above 0, not \(PlainNumber.text(weight.value))",
      at: weight.location, help: "use a positive weight; to count against resources, use `penalise`"
    )
  }

  /// A rule whose condition can never hold, and why.
  static func ruleNeverFires(_ rule: Located<String>, because reason: String) -> Diagnostic {
    Diagnostic(
      .ruleNeverFires, .warning, "rule `\(rule.value)` can never fire: \(reason)",
      at: rule.location, help: "loosen the condition, or remove the rule")
  }

  /// Bounds whose `min` is above their `max`.
  static func minAboveMax<Number: CustomStringConvertible>(
    _ min: Located<Number>, _ max: Located<Number>
  ) -> Diagnostic {
    .invalidValue(
      min.value.description, for: "min", at: min.location,
      help: "`min` is above `max` (\(max.value)): swap them")
  }

  /// A selector that matches no resource.
  static func selectsNothing(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .selectorSelectsNothing, .warning, "this selector matches no resource in the catalogue",
      at: location, help: "check its keys against the catalogue, or remove the effect")
  }

  /// A capability placeholder in a rule whose condition names no capability.
  static func unboundPlaceholder(_ name: Placeholder, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .unboundPlaceholder,
      "`{\(name.rawValue)}` is not bound: the rule has no `gap` or `level` condition that names a capability",
      at: location,
      help: "add a `gap` or `level` condition to `when`, or remove `{\(name.rawValue)}`")
  }

  /// `{resource.title}` outside `because`, where no resource gives it a value.
  static func resourceTitleOutsideBecause(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .unboundPlaceholder, "`{resource.title}` has no value here", at: location,
      help: "use `{resource.title}` in `because`, where each resource gives it a value")
  }

  /// A rule that can exclude what another rule requires.
  static func excludedRequirement(
    _ id: String, excludedBy excluding: String, always: Bool, requiredBy requiring: String,
    at location: SourceLocation, requiredAt requirement: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .excludedRequirement, .warning,
      "rule `\(excluding)` \(always ? "always excludes" : "can exclude") `\(id)`, which rule `\(requiring)` requires; when both fire, the exclusion wins",
      at: location, help: "narrow the exclusion or its condition, or drop the requirement",
      notes: [Note(message: "required here", location: requirement)])
  }
}
