import Foundation
import Testing

@testable import Pathway

/// Rules and resources that check clean but say something odd: planning takes them as written,
/// without crashing and without counting anything twice.
@Suite("Odd but valid rules and resources")
struct OddRuleAndCatalogueTests {
  /// The valid fixture with one more file written into it.
  static func pathway(adding file: String, contents: String) throws -> Pathway {
    let root = try Fixtures.copy(Fixtures.valid)
    try contents.write(toFile: root + "/" + file, atomically: true, encoding: .utf8)
    return try Pathway.check(InputPaths(root: root)).pathway
  }

  @Test("a gap condition whose max is below the default min never fires")
  func emptyGapBounds() throws {
    let pathway = try Self.pathway(
      adding: "rules/empty-bounds.yaml",
      contents: """
        rules:
          - id: no-gap-at-all
            when:
              gap: {capability: "*", max: 0}
            then:
              - boost: {select: {capability: "{capability}"}, by: 5}
            because: Never.
        """)
    let learner = try Fixtures.validLearner("nurse", in: pathway)
    #expect(!pathway.firedRules(for: learner).contains("no-gap-at-all"))
    #expect(!pathway.plan(for: learner).steps.isEmpty)
  }

  @Test("a capability listed twice by a resource counts once")
  func capabilityListedTwice() throws {
    let pathway = try Self.pathway(
      adding: "catalogue/resources/twice.yaml",
      contents: """
        - id: ai-twice
          title: AI, said twice
          provider: Test Academy
          url: https://example.org/ai-twice
          format: video
          minutes: 20
          cost: 0
          level: 2
          capabilities: [ai.basics, ai.basics]
        """)
    let learner = try Fixtures.learner(
      "id: t\narchetype: creator\nprofession: nurse\nassessment: {ai.basics: 0}\ntargets: {ai.basics: 2}\n",
      in: pathway)
    let compiled = pathway.compiled
    let evaluation = Evaluator(compiled: compiled).evaluate(learner)
    let planner = Planner(compiled: compiled, evaluation: evaluation)
    let resource = try #require(compiled.resourceIndex["ai-twice"])
    let terms = planner.terms(of: resource, reached: evaluation.assessed)
    #expect(
      terms.map { compiled.rules[evaluation.firings[$0.firing].rule].rule.id.value } == [
        "close-gaps"
      ])
    #expect(
      abs(
        terms.reduce(0) { $0 + $1.value }
          - planner.value(of: resource, reached: evaluation.assessed))
        <= 1e-9)
    var state = PlanningState(reached: evaluation.assessed, targets: evaluation.targets)
    planner.add(resource, to: &state, isMandatory: false)
    #expect(planner.raises(state.choices).first?.count == 1)
  }
}
