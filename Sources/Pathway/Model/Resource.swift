/// A real learning resource in the catalogue.
public struct Resource: Sendable {
  /// The kinds of resource a catalogue may list.
  public static let formats = [
    "e-learning", "video", "article", "course", "workshop", "podcast", "book", "simulation",
    "mentoring", "guidance",
  ]

  public var id: Located<String>
  public var title: String
  public var provider: String
  public var url: Located<String>
  /// One of `Resource.formats`.
  public var format: String
  /// Time to complete, in minutes; positive.
  public var minutes: Located<Int>
  /// In pounds; 0 is free, nil unknown.
  public var cost: Double?
  /// The level a learner reaches in its capabilities.
  public var level: Located<Int>
  public var capabilities: [Located<String>]
  /// Nil means every archetype.
  public var archetypes: [Located<String>]?
  public var prerequisites: [Located<String>]
  public var tags: [String]
  public var published: String?
  public var reviewed: Located<String>?
  /// Where the entry starts.
  public var location: SourceLocation

  /// Whether it costs nothing; an unknown cost is not free.
  public var isFree: Bool { cost == 0 }

  /// Whether it is meant for an archetype.
  public func isFor(archetype: String) -> Bool {
    archetypes.map { list in list.contains { $0.value == archetype } } ?? true
  }

  /// Whether it teaches a capability.
  public func addresses(_ capability: String) -> Bool {
    capabilities.contains { $0.value == capability }
  }
}
