/// How well the catalogue covers the framework: for each capability and archetype, the level
/// expected and how many resources can bring a learner of that archetype there.
public struct Coverage: Sendable {
  /// One capability for one archetype.
  public struct Cell: Sendable, Hashable {
    public var capability: String
    public var archetype: String
    /// The framework's expectation.
    public var target: Int
    /// Resources for the archetype that teach the capability up to the target or beyond.
    public var resources: Int
    /// Learners of the population with a gap here; nil without a population.
    public var learners: Int?

    /// Whether a target is set that no resource can reach: a hole to fill.
    public var isHole: Bool { target > 0 && resources == 0 }
  }

  public var framework: String
  public var archetypes: [String]
  public var capabilities: [String]
  /// Capability-major, in the framework's order.
  public var cells: [Cell]
  /// Learners weighed; nil without a population.
  public var population: Int?

  /// The holes, the ones most learners fall into first (then in the framework's order).
  public var holes: [Cell] {
    cells.enumerated().filter(\.element.isHole)
      .sorted { ($0.element.learners ?? 0, -$0.offset) > ($1.element.learners ?? 0, -$1.offset) }
      .map(\.element)
  }

  /// The cell of a capability and an archetype.
  public func cell(_ capability: String, _ archetype: String) -> Cell? {
    cells.first { $0.capability == capability && $0.archetype == archetype }
  }
}

extension Pathway {
  /// The catalogue's coverage of the framework; `gaps` counts, per capability and archetype,
  /// the learners of a population with a gap there.
  public func coverage(population gaps: PopulationGaps? = nil) -> Coverage {
    let framework = compiled.framework
    var cells: [Coverage.Cell] = []
    for index in compiled.capabilities.indices {
      let capability = compiled.capabilities[index]
      for archetype in framework.archetypes.map(\.id.value) {
        let target = framework.expectedLevel(of: archetype, in: capability)
        let reaching = compiled.poolOfCapability[index].resources.filter { resource in
          let item = compiled.resources[resource]
          return item.isFor(archetype: archetype) && item.level.value >= target
        }
        cells.append(
          Coverage.Cell(
            capability: capability.id.value, archetype: archetype, target: target,
            resources: reaching.count,
            learners: gaps.map { $0.count(capability.id.value, archetype) }))
      }
    }
    return Coverage(
      framework: framework.id, archetypes: framework.archetypes.map(\.id.value),
      capabilities: compiled.capabilities.map(\.id.value), cells: cells, population: gaps?.learners)
  }
}

/// How many learners of a population have a gap, per capability and archetype.
public struct PopulationGaps: Sendable {
  /// Learners counted.
  public private(set) var learners = 0
  private var counts: [String: Int] = [:]

  /// No learners yet.
  public init() {}

  /// Counts a learner's gaps, with the targets their plan uses.
  public mutating func add(_ learner: Learner, in pathway: Pathway) {
    learners += 1
    let evaluation = Evaluator(compiled: pathway.compiled).evaluate(learner)
    let capabilities = pathway.compiled.capabilities
    for index in capabilities.indices where evaluation.targets[index] > evaluation.assessed[index] {
      counts[capabilities[index].id.value + "\u{0}" + learner.archetype.value, default: 0] += 1
    }
  }

  /// Learners with a gap in a capability, of an archetype.
  public func count(_ capability: String, _ archetype: String) -> Int {
    counts[capability + "\u{0}" + archetype] ?? 0
  }
}
