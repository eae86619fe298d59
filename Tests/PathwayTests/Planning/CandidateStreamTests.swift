import Testing

@testable import Pathway

/// The candidate stream ranks groups of resources by bounds instead of valuing each: held here
/// to valuing every resource, over projects where many resources teach the same capabilities at
/// the same level, often for the same minutes, boosted, penalised, excluded, needing another
/// first, and recommended only when short.
@Suite("Candidate stream")
struct CandidateStreamTests {
  static let seeds: [UInt64] = Array(1...60)

  /// Every candidate's option after the required steps, as the planner values each.
  static func everyOption(_ planner: Planner, in state: PlanningState) -> [Planner.Option] {
    planner.compiled.resources.indices.compactMap {
      planner.isCandidate($0) ? planner.option(for: $0, in: state) : nil
    }
  }

  /// The crowded project drawn from `seed`, and a planner for each of its learners.
  static func planners(_ seed: UInt64) throws -> (CompiledProject, [Planner]) {
    let generated = try PlanPropertyTests.load(seed, crowded: true)
    let compiled = generated.pathway.compiled
    return (
      compiled,
      generated.learners.map {
        Planner(compiled: compiled, evaluation: Evaluator(compiled: compiled).evaluate($0))
      }
    )
  }

  @Test(
    "gives every candidate's option after the required steps, valued alike, in either order",
    arguments: seeds)
  func everyOptionRanked(seed: UInt64) throws {
    let (compiled, planners) = try Self.planners(seed)
    #expect(compiled.resourceGroups.ranges.contains { $0.count >= 4 }, "seed \(seed)")
    for planner in planners {
      let required = planner.search().required
      let expected = Self.everyOption(planner, in: required)
      let ranking = CandidateStream.ranking(
        CandidateStream.Candidates(planner: planner, state: required), by: planner)
      for (order, ranked) in [
        (CandidateStream.Order.byRatio, ranking.byRatio), (.byScore, ranking.byScore),
      ] {
        var stream = ranked
        var streamed: [Planner.Option] = []
        while let next = stream.next(in: required, by: planner) { streamed.append(next) }
        let sorted = expected.sorted { order.ranksBelow($1, $0) }
        #expect(streamed.map(\.candidate) == sorted.map(\.candidate), "seed \(seed) \(order)")
        #expect(streamed.map(\.score) == sorted.map(\.score), "seed \(seed) \(order)")
        #expect(streamed.map(\.minutes) == sorted.map(\.minutes), "seed \(seed) \(order)")
      }
    }
  }

  @Test(
    "gives, as a plan grows, the best option in each state, as valuing every resource does",
    arguments: seeds)
  func bestAsPlanGrows(seed: UInt64) throws {
    let (compiled, planners) = try Self.planners(seed)
    for planner in planners {
      let search = planner.search()
      let eager = LazyGreedyTests.eagerPlans(planner, compiled: compiled)
      #expect(
        search.grow(from: []).choices.map(\.resource) == eager.greedy.choices.map(\.resource),
        "seed \(seed)")
      var state = search.required
      var stream = search.seeded
      while let next = stream.next(in: state, by: planner) {
        let best = Self.everyOption(planner, in: state).filter { !state.isPlanned($0.candidate) }
          .max { $0.ranksBelow($1) }
        #expect(next.candidate == best?.candidate, "seed \(seed)")
        #expect(next.score == best?.score, "seed \(seed)")
        let members = planner.members(of: next, in: state)
        for member in members { planner.add(member, to: &state, isMandatory: false) }
        for candidate in planner.dependents(of: members)
        where planner.isCandidate(candidate) && !state.isPlanned(candidate) {
          planner.option(for: candidate, in: state).map { stream.push($0, in: state) }
        }
      }
      #expect(
        Self.everyOption(planner, in: state).allSatisfy { state.isPlanned($0.candidate) },
        "seed \(seed): an option the stream left out")
    }
  }

  @Test("a boosted member behind its group's first comes before what it outranks")
  func boostedMemberBehindItsGroup() throws {
    var project = GeneratedProject(seed: 1)
    let (first, second) = (project.capabilities[0], project.capabilities[1])
    func resource(_ id: String, _ capabilities: [String], tagged: Bool) -> String {
      "- {id: \(id), title: \(id), provider: P, url: https://example.org/\(id), format: video, "
        + "minutes: 10, level: 1, capabilities: [\(capabilities.joined(separator: ", "))]"
        + (tagged ? ", tags: [t0]}\n" : "}\n")
    }
    // Alone: r0 is worth 1, r1 (in r0's group) 1 + 2 boosted, r2 (teaching two) 2.
    project.resources = [
      resource("r0", [first], tagged: false), resource("r1", [first], tagged: true),
      resource("r2", [first, second], tagged: false),
    ]
    project.rules = [
      "  - id: close-gaps\n    when: {gap: {capability: \"*\"}}\n    then:\n      - recommend: {capability: \"{capability}\"}\n    because: Gap.\n",
      "  - id: boost-tagged\n    then:\n      - boost: {select: {tag: t0}, by: 2}\n    because: Tagged.\n",
    ]
    project.learners = [
      "id: l0\narchetype: user\nprofession: nurse\nassessment: {\(first): 0, \(second): 0}\n"
        + "targets: {\(first): 3, \(second): 3}\n"
    ]
    let root = try project.write()
    let pathway = try Pathway.check(InputPaths(root: root)).pathway
    let learner = try pathway.learner(at: root + "/learner0.yaml")
    let compiled = pathway.compiled
    let planner = Planner(
      compiled: compiled, evaluation: Evaluator(compiled: compiled).evaluate(learner))
    var stream = planner.search().seeded
    var ids: [String] = []
    while let next = stream.next(in: planner.search().required, by: planner) {
      ids.append(compiled.resources[next.candidate].id.value)
    }
    #expect(ids == ["r1", "r2", "r0"])
  }
}
