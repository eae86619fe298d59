/// The resources that need nothing first, grouped by the capabilities they teach (in their own
/// order) and their level, each group shortest first (ties by index).
///
/// Under the recommendations kept as bounds, the members of a group are valued by the same sum,
/// and a longer member is chosen by no more of them: so, boosts and recommendations written per
/// resource aside, each is worth no more than the member before it, and the group's next member
/// bounds the rest (`CandidateStream`).
struct ResourceGroups: Sendable {
  /// Every group's members, group after group.
  private let members: [ResourceIndex]
  /// Where each group is in `members`, ordered by their first members.
  let ranges: [Range<Int>]
  /// The resources that need another first, ascending: their bundles are valued whole.
  let withPrerequisites: [ResourceIndex]
  /// Per resource, its group's number (its place in `ranges`), -1 for one that needs another
  /// first: four bytes each, as a learner's boosts look up thousands at random.
  private let groupNumbers: PerResource<Int32>

  /// The groups of the resources in `byMinutes` (shortest first, ties by index).
  init(
    byMinutes: [ResourceIndex], facts: ResourceFacts,
    prerequisites: PerResource<[ResourceIndex]>
  ) {
    struct Key: Hashable {
      let capabilities: [CapabilityIndex]
      let level: Int
    }
    var groups: [Key: [ResourceIndex]] = [:]
    var withPrerequisites: [ResourceIndex] = []
    for resource in byMinutes {
      guard prerequisites[resource].isEmpty else {
        withPrerequisites.append(resource)
        continue
      }
      groups[
        Key(capabilities: facts.capabilities[resource], level: facts.levels[resource]),
        default: []
      ].append(resource)
    }
    var members: [ResourceIndex] = []
    members.reserveCapacity(byMinutes.count - withPrerequisites.count)
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(groups.count)
    var groupNumbers = PerResource<Int32>(repeating: -1, count: prerequisites.count)
    for group in groups.values.sorted(by: { $0[0] < $1[0] }) {
      for member in group { groupNumbers[member] = Int32(truncatingIfNeeded: ranges.count) }
      ranges.append(members.count..<members.count + group.count)
      members += group
    }
    self.groupNumbers = groupNumbers
    self.members = members
    self.ranges = ranges
    self.withPrerequisites = withPrerequisites.sorted()
  }

  /// A resource's group's number (its place in `ranges`); nil for one that needs another first.
  func group(of resource: ResourceIndex) -> Int? {
    let number = groupNumbers[resource]
    return number < 0 ? nil : Int(number)
  }

  /// The member at a position of `members`.
  subscript(position: Int) -> ResourceIndex { members[position] }
}
