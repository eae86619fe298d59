/// The capability framework: archetypes, levels, domains, capabilities and expectations.
public struct Framework: Sendable {
  /// A named level; a learner's level is one of these numbers.
  public struct Level: Sendable, Hashable {
    public var level: Int
    public var name: String
  }

  /// A group of the workforce with shared needs, such as users or creators.
  public struct Archetype: Sendable {
    public var id: Located<String>
    public var name: String
    public var description: String
    public var roles: [String]
  }

  /// A published "I can ..." statement, tagged with the archetypes it applies to.
  public struct Statement: Sendable {
    public var archetypes: [Located<String>]
    public var text: String
    public var level: Located<Int>?
  }

  /// What a learner rates: a sub-domain of the framework.
  public struct Capability: Sendable {
    public var id: Located<String>
    public var name: String
    public var description: String
    /// The id of the domain it belongs to.
    public var domain: String
    public var statements: [Statement]
  }

  /// A primary domain and its capabilities.
  public struct Domain: Sendable {
    public var id: Located<String>
    public var name: String
    public var description: String?
    public var capabilities: [Capability]
  }

  /// The levels one archetype is expected to reach: a capability id beats a domain id beats the default.
  public struct Expectation: Sendable {
    public var archetype: Located<String>
    public var defaultLevel: Located<Int>?
    /// Capability or domain id, and the level.
    public var levels: [(key: Located<String>, level: Located<Int>)]
  }

  public var id: String
  public var title: String
  /// Lowest first.
  public var levels: [Level]
  public var archetypes: [Archetype]
  public var domains: [Domain]
  public var expectations: [Expectation]
  /// The file it was read from.
  public var file: String

  /// Every capability, in the framework's order.
  public var capabilities: [Capability] { domains.flatMap(\.capabilities) }

  /// The lowest level.
  public var minimumLevel: Int { levels.map(\.level).min() ?? 0 }

  /// The highest level.
  public var maximumLevel: Int { levels.map(\.level).max() ?? 0 }

  /// The name of a level, or its number.
  public func levelName(_ level: Int) -> String {
    levels.first { $0.level == level }?.name ?? "level \(level)"
  }

  /// The archetype with an id.
  public func archetype(_ id: String) -> Archetype? {
    archetypes.first { $0.id.value == id }
  }

  /// The level an archetype is expected to reach in a capability: the expectations' capability
  /// entry, else its domain entry, else its default; else the highest level among the capability's
  /// statements tagged with the archetype; else 0.
  public func expectedLevel(of archetype: String, in capability: Capability) -> Int {
    if let expectation = expectations.first(where: { $0.archetype.value == archetype }) {
      if let level = expectation.levels.first(where: { $0.key.value == capability.id.value })?.level
      {
        return level.value
      }
      if let level = expectation.levels.first(where: { $0.key.value == capability.domain })?.level {
        return level.value
      }
      if let level = expectation.defaultLevel { return level.value }
    }
    return capability.statements
      .filter { statement in statement.archetypes.contains { $0.value == archetype } }
      .compactMap { $0.level?.value }
      .max() ?? 0
  }
}
