/// A workforce lead's view of a population: who is in it, the commonest gaps, the hours of
/// learning the plans add up to, and the gaps no resource closes, with how many people have each.
public struct PopulationReport: Sendable {
  /// A name and how many learners it counts.
  public struct Count: Sendable, Hashable {
    public var name: String
    public var learners: Int
  }

  public private(set) var learners = 0
  public private(set) var totalMinutes = 0
  private var archetypes: [String: Int] = [:]
  private var professions: [String: Int] = [:]
  private var organisations: [String: Int] = [:]
  private var staffGroups: [String: Int] = [:]
  private var gaps: [String: Int] = [:]
  private var unclosable: [String: Int] = [:]
  private var minutesByArchetype: [String: Int] = [:]

  /// An empty report.
  public init() {}

  /// Adds one learner and their plan.
  public mutating func add(_ learner: Learner, plan: Plan) {
    learners += 1
    totalMinutes += plan.totalMinutes
    archetypes[learner.archetype.value, default: 0] += 1
    professions[learner.profession.lowercased(), default: 0] += 1
    if let organisation = learner.organisation { organisations[organisation, default: 0] += 1 }
    if let staffGroup = learner.staffGroup { staffGroups[staffGroup, default: 0] += 1 }
    minutesByArchetype[learner.archetype.value, default: 0] += plan.totalMinutes
    for gap in plan.gaps { gaps[gap.capability, default: 0] += 1 }
    for uncovered in plan.uncovered where Self.isUnclosable(uncovered.reason) {
      unclosable[uncovered.capability, default: 0] += 1
    }
  }

  /// Whether a reason means no resource in the catalogue could close the gap, whatever the budget.
  static func isUnclosable(_ reason: String) -> Bool {
    reason == "no resource addresses it" || reason.hasPrefix("no resource reaches level")
  }

  private static func ranked(_ counts: [String: Int]) -> [Count] {
    counts.map { Count(name: $0.key, learners: $0.value) }
      .sorted { ($0.learners, $1.name) > ($1.learners, $0.name) }
  }

  /// Learners per archetype, most first.
  public var byArchetype: [Count] { Self.ranked(archetypes) }
  /// Learners per profession, most first.
  public var byProfession: [Count] { Self.ranked(professions) }
  /// Learners per organisation, most first; those who gave none are not counted.
  public var byOrganisation: [Count] { Self.ranked(organisations) }
  /// Learners per NHS staff group, most first; those who gave none are not counted.
  public var byStaffGroup: [Count] { Self.ranked(staffGroups) }
  /// Learners with a gap in each capability, most first.
  public var commonestGaps: [Count] { Self.ranked(gaps) }
  /// Learners left with a gap no resource can close, per capability, most first.
  public var unclosableGaps: [Count] { Self.ranked(unclosable) }
  /// Hours of learning the plans add up to, per archetype, most first.
  public var hoursByArchetype: [Count] {
    Self.ranked(minutesByArchetype.mapValues { ($0 + 30) / 60 })
  }
}
