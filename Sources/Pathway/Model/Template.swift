/// A name in braces that a rule's text or selector takes from the firing, such as `{target}`.
public enum Placeholder: String, Sendable, CaseIterable {
  case capability
  case capabilityName = "capability.name"
  case domain
  case level
  case target
  case gap
  case archetype
  case archetypeName = "archetype.name"
  case profession
  case resourceTitle = "resource.title"

  /// Whether it needs a capability bound by a `gap` or `level` condition.
  public var needsCapability: Bool {
    switch self {
    case .capability, .capabilityName, .domain, .level, .target, .gap: true
    case .archetype, .archetypeName, .profession, .resourceTitle: false
    }
  }

  /// Whether its value is a number.
  public var isNumeric: Bool { self == .level || self == .target || self == .gap }
}

/// Text with placeholders, as written in a rule.
public struct Template: Sendable, Hashable {
  /// A run of literal text or one placeholder.
  public enum Segment: Sendable, Hashable {
    case literal(String)
    case placeholder(Placeholder)
  }

  public var segments: [Segment]
  /// The text as written.
  public var text: String
  public var location: SourceLocation

  /// The placeholders it uses.
  public var placeholders: [Placeholder] {
    segments.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
  }

  /// Whether it has no placeholder, so its value is known before any learner.
  public var isLiteral: Bool { placeholders.isEmpty }

  /// The single placeholder it consists of, if it is exactly one (`"{target}"`).
  public var soloPlaceholder: Placeholder? {
    if segments.count == 1, case .placeholder(let name) = segments[0] { return name }
    return nil
  }

  /// The text with each placeholder replaced by `value(name)`.
  public func render(_ value: (Placeholder) -> String) -> String {
    var result = ""
    for segment in segments {
      switch segment {
      case .literal(let text): result += text
      case .placeholder(let name): result += value(name)
      }
    }
    return result
  }
}

/// A number in a rule that may instead be a numeric placeholder, such as `{target}`.
public enum NumberValue: Sendable, Hashable {
  case literal(Located<Int>)
  case placeholder(Placeholder, SourceLocation)

  public var location: SourceLocation {
    switch self {
    case .literal(let value): value.location
    case .placeholder(_, let location): location
    }
  }
}
