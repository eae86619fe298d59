import Testing

@testable import Pathway

/// The sentences people read: a step's reasons, an open gap's text, and the plan's advice.
@Suite("Reasons for people")
struct ReasonsTests {
  let pathway: Pathway

  init() throws {
    pathway = try Fixtures.validPathway()
  }

  func step(_ why: [Plan.Term], mandatory: Bool = false) throws -> Plan.Step {
    let plan = pathway.plan(for: try Fixtures.validLearner("nurse", in: pathway))
    var step = plan.steps[0]
    step.why = why
    step.isMandatory = mandatory
    return step
  }

  @Test("one rule's texts that differ only in the capability's name become one sentence")
  func merged() throws {
    let why = [
      Plan.Term(
        rule: "intro", capability: "records.sharing", term: 1,
        text: "You have not started on Sharing records yet."),
      Plan.Term(
        rule: "intro", capability: "safety.risk", term: 1,
        text: "You have not started on Clinical risk management yet."),
      Plan.Term(rule: "small", capability: nil, term: 0.5, text: "It is short."),
      Plan.Term(rule: "penalty", capability: nil, term: -1, text: "It is old."),
    ]
    let reasons = StepReasons(compiled: pathway.compiled).reasons(for: try step(why))
    // Framework order: Clinical risk management comes before Sharing records.
    #expect(
      reasons == [
        "You have not started on Clinical risk management and Sharing records yet.",
        "It is short.",
      ])
  }

  @Test("a required step says so first, and at most three sentences come, largest first")
  func requiredFirst() throws {
    let why =
      (1...4).map {
        Plan.Term(rule: "r\($0)", capability: nil, term: Double($0), text: "Reason \($0).")
      } + [Plan.Term(rule: "must", capability: nil, term: 0, text: "Everyone does this.")]
    let reasons = StepReasons(compiled: pathway.compiled).reasons(
      for: try step(why, mandatory: true))
    #expect(reasons == ["Everyone does this.", "Reason 4.", "Reason 3."])
  }

  @Test("a step planned because a later step needs it says so, in `why` and its reasons")
  func prerequisite() throws {
    let learner = try Fixtures.learner(
      "id: p\narchetype: embedder\nprofession: safety officer\nassessment: {safety.risk: 0}\ncompleted: [ig-training]\n",
      in: pathway)
    let plan = pathway.plan(for: learner)
    let basics = try #require(plan.steps.first { $0.resource.id.value == "risk-basics" })
    let term = try #require(basics.why.last)
    #expect(term.rule == nil && term.term == 0 && term.prerequisiteOf == ["hazard-logs"])
    #expect(term.text == "Needed before Writing a hazard log.")
    #expect(basics.reasons.contains("Needed before Writing a hazard log."))
    let json = basics.json(includingWhy: true).serialized()
    #expect(
      json.contains(
        #"{"rule":null,"prerequisiteOf":["hazard-logs"],"term":0.0,"text":"Needed before Writing a hazard log."}"#
      ))
  }

  @Test("a learner who chose workshops only is told their choice is the cause, and what would help")
  func workshopsOnly() throws {
    let learner = try Fixtures.learner(
      "id: w\narchetype: user\nprofession: nurse\nassessment: {}\npreferences: {budgetMinutes: 600, formats: [workshop]}\n",
      in: pathway)
    let plan = pathway.plan(for: learner, advising: true)
    let risk = try #require(plan.uncovered.first { $0.capability == "safety.risk" })
    #expect(risk.reason == "excluded by preference")
    #expect(
      risk.text
        == "What would teach Clinical risk management is in other formats (e-learning), and you chose workshop only."
    )
    let formats = try #require(plan.advice.first { $0.change == .formats })
    #expect(formats.gaps > 0)
    #expect(formats.text.hasPrefix("Allowing every format would let your plan close"))
    #expect(pathway.plan(for: learner).advice.isEmpty)
  }

  @Test("an open gap's text names the capability and the level, never an id")
  func uncoveredText() throws {
    let plan = pathway.plan(for: try Fixtures.validLearner("embedder", in: pathway))
    let records = try #require(plan.uncovered.first)
    #expect(records.reason == "a prerequisite cannot be planned")
    #expect(
      records.text.contains("Using electronic records") && !records.text.contains("records.use"))
  }

  @Test("an over-budget gap names, by its title, the resource the learner would need")
  func overBudgetNamesTheResource() throws {
    let plan = pathway.plan(for: try Fixtures.validLearner("nurse", in: pathway))
    let basics = try #require(plan.uncovered.first { $0.capability == "ai.basics" })
    #expect(basics.reason == "over budget")
    #expect(
      basics.text
        == "“What AI is, and is not” would teach AI basics, but it does not fit in the 25 min left of your time budget."
    )
    #expect(!basics.text.contains("ai-intro"))
  }

  @Test("a gap whose resources rules all exclude names the rule of the first in the catalogue")
  func excludedNamesTheCatalogueFirst() throws {
    // The first by id is the longest: the rule named does not follow the shortest-first walk.
    let pathway = try OddRuleAndCatalogueTests.pathway(
      adding: "rules/exclusions.yaml",
      contents: """
        rules:
          - id: no-short-ai
            when: {archetype: user}
            then:
              - exclude: {ids: [ai-intro, ai-deep-dive]}
            because: Not these.
          - id: no-advanced-ai
            when: {archetype: user}
            then:
              - exclude: {ids: [ai-advanced]}
            because: Not this one.
        """)
    let plan = pathway.plan(for: try Fixtures.validLearner("nurse", in: pathway))
    let basics = try #require(plan.uncovered.first { $0.capability == "ai.basics" })
    #expect(basics.reason == "excluded by no-advanced-ai")
  }

  @Test("a name is replaced wherever it stands, by its bytes, and only where it stands")
  func replacingEvery() {
    #expect(
      "Ethics, then ethics and Ethics".replacingEvery("Ethics", with: "X") == "X, then ethics and X"
    )
    #expect("Café et café".replacingEvery("é", with: "e") == "Cafe et cafe")
    #expect("Nothing here".replacingEvery("Ethics", with: "X") == nil)
    #expect("Short".replacingEvery("", with: "X") == nil)
    #expect("ab".replacingEvery("abc", with: "X") == nil)
    #expect("aaa".replacingEvery("aa", with: "b") == "ba")
    #expect("Ethics".replacingEvery("Ethics", with: "") == "")
    #expect("EthicsEthics".replacingEvery("Ethics", with: "X") == "XX")
  }
}
