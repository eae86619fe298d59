import Testing

@testable import Pathway

/// One test for each status `pathway explain` can give, on the valid fixture.
@Suite("Explain statuses")
struct ExplainStatusTests {
  let pathway: Pathway
  /// A user with 40 minutes: the required 30-minute step leaves 10.
  let shortOfTime: Learner

  init() throws {
    pathway = try Fixtures.validPathway()
    shortOfTime = try Fixtures.learner(
      "id: t\narchetype: user\nprofession: nurse\nassessment: {records.use: 1}\npreferences: {budgetMinutes: 40}\n",
      in: pathway)
  }

  func explain(_ resource: String, for learnerName: String) throws -> Explanation {
    let learner = try Fixtures.validLearner(learnerName, in: pathway)
    return try #require(pathway.explain(resource, for: learner))
  }

  @Test("a resource in the plan is planned, with the terms of its step")
  func planned() throws {
    let explanation = try explain("risk-basics", for: "nurse")
    #expect(explanation.status == .planned)
    #expect(explanation.terms.map(\.rule) == ["close-gaps", "safety-first"])
    #expect(explanation.score == 3)
  }

  @Test("a required resource is mandatory, and its requirement is one of its terms")
  func mandatory() throws {
    let explanation = try explain("ig-training", for: "nurse")
    #expect(explanation.status == .mandatory)
    #expect(explanation.terms.contains { $0.rule == "require-ig" && $0.term == 0 })
  }

  @Test("a completed resource says so")
  func completed() throws {
    #expect(try explain("risk-basics", for: "embedder").status == .completed)
  }

  @Test("a resource for other archetypes is not for this one")
  func notForArchetype() throws {
    let explanation = try explain("hazard-logs", for: "nurse")
    #expect(explanation.status == .notForArchetype)
    #expect(explanation.text.contains("Creators and Embedders"))
  }

  @Test("an excluded resource names the rule and where it is written")
  func excludedByRule() throws {
    let explanation = try explain("ai-advanced", for: "nurse")
    #expect(explanation.status == .excluded)
    #expect(explanation.by == "no-specialist-for-users")
    #expect(explanation.text.hasPrefix("excluded by rule no-specialist-for-users ("))
    #expect(explanation.text.contains("rules.yaml:21:5"))
    #expect(explanation.change != nil)
  }

  @Test("a rule's exclusion comes before a preference's")
  func excludedByRuleBeforePreference() throws {
    let explanation = try explain("records-course", for: "embedder")
    #expect(explanation.status == .excluded)
    #expect(explanation.by == "free-only")
  }

  @Test("a resource no rule recommends is not selected")
  func notSelected() throws {
    let explanation = try #require(pathway.explain("ai-deep-dive", for: shortOfTime))
    #expect(explanation.status == .notSelected)
    #expect(explanation.terms.isEmpty)
  }

  @Test("a resource whose prerequisite can never be planned says which")
  func prerequisiteMissing() throws {
    let explanation = try explain("records-audit", for: "embedder")
    #expect(explanation.status == .prerequisiteMissing)
    #expect(explanation.text.contains("Records and interoperability in depth"))
  }

  @Test("a useful resource that does not fit is over budget, with the budget that would fit it")
  func overBudget() throws {
    let explanation = try #require(pathway.explain("risk-basics", for: shortOfTime))
    #expect(explanation.status == .overBudget)
    #expect(explanation.change == "A budget of at least 50 minutes would make room for it.")
    #expect(explanation.score == 3)
  }

  @Test("a resource whose gaps the plan already closes is outranked")
  func outranked() throws {
    #expect(try #require(pathway.explain("records-video", for: shortOfTime)).status == .outranked)
  }

  @Test("a preference exclusion names the preference")
  func excludedByPreference() throws {
    let learner = try Fixtures.learner(
      "id: t\narchetype: creator\nprofession: scientist\nassessment: {}\npreferences: {formats: [video]}\n",
      in: pathway)
    let explanation = try #require(pathway.explain("hazard-logs", for: learner))
    #expect(explanation.status == .excluded)
    #expect(explanation.by == "preference")
  }

  @Test("an unknown resource has no explanation, and a suggestion")
  func unknownResource() throws {
    let learner = try Fixtures.validLearner("nurse", in: pathway)
    #expect(pathway.explain("risk-basic", for: learner) == nil)
    #expect(pathway.suggestion(forResource: "risk-basic") == "did you mean `risk-basics`?")
  }
}
