import Testing

@testable import Pathway

/// Plans the greedy choice alone gets wrong: the search must find the better plan.
@Suite("Plan quality")
struct PlanQualityTests {
  /// An embedder with 60 minutes: the greedy takes the two best points-per-minute items and has
  /// no room left for the virtual wards guide; the single best bundle is one 60-minute step worth
  /// 9.5; the guide (45 minutes, 8.5) and "Use and share information with confidence" (15
  /// minutes, 4.5) fit together for 13.
  @Test("the example embedder with an hour gets the 13-point plan")
  func exampleEmbedder() throws {
    let checked = try Pathway.check(InputPaths(root: Fixtures.projectRoot)).pathway
    let learner = try checked.learner(at: Fixtures.root + "/quality/example-embedder.yaml")
    let plan = checked.plan(for: learner)
    #expect(
      plan.steps.map(\.resource.id.value) == [
        "nhse-virtual-wards-guide", "nhse-use-and-share-information-with-confidence",
      ])
    #expect(plan.steps.map(\.score) == [8.5, 4.5])
    #expect(plan.totalMinutes == 60)
  }
}
