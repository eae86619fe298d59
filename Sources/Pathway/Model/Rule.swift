/// An educator's rule: when a condition on the learner holds, apply effects, for a stated reason.
public struct Rule: Sendable {
  public var id: Located<String>
  /// Positive; every term of the rule is multiplied by it.
  public var weight: Located<Double>
  /// Nil holds always.
  public var condition: Condition?
  public var effects: [Effect]
  /// The explanation shown to the learner.
  public var because: Template
  public var location: SourceLocation
}

/// A test on the learner, combined with `all`, `any` and `not`.
public indirect enum Condition: Sendable {
  case archetype([Located<String>])
  case profession([Located<String>])
  case gap(CapabilityCondition)
  case level(CapabilityCondition)
  case completed(Located<String>)
  case preference(PreferenceCondition)
  case all([Condition], SourceLocation)
  case any([Condition], SourceLocation)
  case not(Condition)

  /// The archetypes the condition requires at its top level (`archetype`, or inside `all`);
  /// nil when it holds for any archetype.
  public var requiredArchetypes: Set<String>? {
    switch self {
    case .archetype(let ids): return Set(ids.map(\.value))
    case .all(let conditions, _):
      let sets = conditions.compactMap(\.requiredArchetypes)
      guard let first = sets.first else { return nil }
      return sets.dropFirst().reduce(first) { $0.intersection($1) }
    default: return nil
    }
  }

  /// Every profession it names, at any depth.
  public var professions: [String] {
    var found: [String] = []
    var pending = [self]
    while let condition = pending.popLast() {
      switch condition {
      case .profession(let names): found += names.map(\.value)
      case .all(let conditions, _), .any(let conditions, _): pending += conditions
      case .not(let inner): pending.append(inner)
      case .archetype, .gap, .level, .completed, .preference: break
      }
    }
    return found
  }

  /// Whether every firing binds a capability (so capability placeholders are defined).
  public var bindsCapability: Bool {
    switch self {
    case .gap, .level: true
    case .all(let conditions, _): conditions.contains(where: \.bindsCapability)
    case .any(let conditions, _): !conditions.isEmpty && conditions.allSatisfy(\.bindsCapability)
    case .archetype, .profession, .completed, .preference, .not: false
    }
  }
}

/// Bounds on the gap or assessed level of the capabilities it matches.
public struct CapabilityCondition: Sendable {
  /// An id or a glob such as `ai.*`; nil matches every capability.
  public var capability: Located<String>?
  public var domain: Located<String>?
  public var min: Located<Int>?
  public var max: Located<Int>?
  public var location: SourceLocation
}

/// A test on the learner's preferences.
public struct PreferenceCondition: Sendable {
  public var freeOnly: Located<Bool>?
  /// Holds when the learner prefers any of these.
  public var formats: [Located<String>]?
  public var budgetMin: Located<Int>?
  public var budgetMax: Located<Int>?
  public var location: SourceLocation
}

/// What a rule does when it fires.
public struct Effect: Sendable {
  /// The kinds of effect.
  public enum Kind: Sendable {
    case recommend(Selector)
    case exclude(Selector)
    case boost(Selector, by: Located<Double>)
    case penalise(Selector, by: Located<Double>)
    case target(TargetEffect)
    case require([Located<String>])
  }

  public var kind: Kind
  public var location: SourceLocation
}

/// Sets the learner's target for a capability, or for every capability of a domain.
public struct TargetEffect: Sendable {
  public var capability: Template?
  public var domain: Template?
  public var level: NumberValue
}

/// Chooses resources from the catalogue; keys combine with "and", a list value means "any of".
public struct Selector: Sendable {
  /// A lower and upper bound on a number; either may be absent.
  public struct Bounds: Sendable {
    public var min: NumberValue?
    public var max: NumberValue?
  }

  public var ids: [Template]?
  public var capability: [Template]?
  public var domain: [Template]?
  public var level: Bounds?
  public var format: [Template]?
  public var tag: [Template]?
  public var provider: [Template]?
  public var free: Located<Bool>?
  public var maxMinutes: NumberValue?
  public var archetype: [Template]?
  public var location: SourceLocation

  /// Every template in the selector, for checks.
  var templates: [Template] {
    [ids, capability, domain, format, tag, provider, archetype].compactMap { $0 }.flatMap { $0 }
  }

  /// Every number that may be a placeholder.
  var numbers: [NumberValue] {
    [level?.min, level?.max, maxMinutes].compactMap { $0 }
  }

  /// Whether it needs a firing's values to be resolved.
  var isDynamic: Bool {
    templates.contains { !$0.isLiteral }
      || numbers.contains { if case .placeholder = $0 { true } else { false } }
  }
}
