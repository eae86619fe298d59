import Testing

@testable import Pathway

/// Properties that every plan keeps, over many generated projects and learners (seeded, so a
/// failing seed replays).
@Suite("Plan properties")
struct PlanPropertyTests {
  static let seeds: [UInt64] = Array(1...150)

  struct Case {
    let pathway: Pathway
    let learners: [Learner]
  }

  static func load(_ seed: UInt64, shuffledWith shuffle: UInt64? = nil, crowded: Bool = false)
    throws -> Case
  {
    let generated = GeneratedProject(seed: seed, crowded: crowded)
    let root = try generated.write(shuffledWith: shuffle)
    let pathway = try Pathway.check(InputPaths(root: root)).pathway
    let learners = try generated.learners.indices.map {
      try pathway.learner(at: root + "/learner\($0).yaml")
    }
    return Case(pathway: pathway, learners: learners)
  }

  @Test("the terms of every step add up to its score, and totals add up", arguments: seeds)
  func termsAddUp(seed: UInt64) throws {
    let generated = try Self.load(seed)
    for learner in generated.learners {
      let plan = generated.pathway.plan(for: learner)
      for step in plan.steps {
        let sum = step.why.reduce(0) { $0 + $1.term }
        #expect(abs(sum - step.score) <= 1e-9, "seed \(seed) \(step.resource.id.value)")
      }
      #expect(plan.totalMinutes == plan.steps.reduce(0) { $0 + $1.resource.minutes.value })
      #expect(
        plan.steps.map(\.order)
          == Array(1...max(1, plan.steps.count)).prefix(plan.steps.count).map { $0 })
    }
  }

  @Test(
    "each step's score, from its terms found again, is the value it was chosen by",
    arguments: seeds)
  func termsMatchValues(seed: UInt64) throws {
    let generated = try Self.load(seed)
    let pathway = generated.pathway
    for learner in generated.learners {
      let evaluation = Evaluator(compiled: pathway.compiled).evaluate(learner)
      let planner = Planner(compiled: pathway.compiled, evaluation: evaluation)
      let state = planner.choose()
      let plan = PlanAssembler(
        compiled: pathway.compiled, evaluation: evaluation, planner: planner,
        provenance: pathway.provenance
      ).assemble(state)
      for choice in state.choices {
        let id = pathway.compiled.resources[choice.resource].id.value
        let step = try #require(plan.steps.first { $0.resource.id.value == id })
        #expect(abs(step.score - choice.score) <= 1e-9, "seed \(seed) \(id)")
      }
    }
  }

  @Test("the budget holds unless required steps alone overrun it", arguments: seeds)
  func budgetHolds(seed: UInt64) throws {
    let generated = try Self.load(seed)
    for learner in generated.learners {
      let plan = generated.pathway.plan(for: learner)
      guard let budget = plan.budgetMinutes else { continue }
      let required = plan.steps.filter(\.isMandatory).reduce(0) { $0 + $1.resource.minutes.value }
      #expect(plan.totalMinutes <= max(budget, required), "seed \(seed)")
      if required <= budget { #expect(plan.totalMinutes <= budget, "seed \(seed)") }
      #expect((plan.overrunMinutes != nil) == (plan.totalMinutes > budget))
    }
  }

  @Test(
    "prerequisites come first; nothing completed, excluded or for others is planned",
    arguments: seeds)
  func plannedResourcesAreAllowed(seed: UInt64) throws {
    let generated = try Self.load(seed)
    let compiled = generated.pathway.compiled
    for learner in generated.learners {
      let plan = generated.pathway.plan(for: learner)
      let evaluation = Evaluator(compiled: compiled).evaluate(learner)
      let planned = plan.steps.map(\.resource.id.value)
      for (position, step) in plan.steps.enumerated() {
        let id = step.resource.id.value
        for prerequisite in step.resource.prerequisites
        where !learner.hasCompleted(prerequisite.value) {
          #expect(
            planned[..<position].contains(prerequisite.value),
            "seed \(seed): \(prerequisite.value) before \(id)")
        }
        #expect(!learner.hasCompleted(id), "seed \(seed)")
        #expect(step.resource.isFor(archetype: learner.archetype.value), "seed \(seed)")
        let index = try #require(compiled.resourceIndex[id])
        if case .rule = evaluation.exclusions[index] {
          Issue.record("seed \(seed): \(id) is excluded by a rule")
        }
        if evaluation.exclusions[index] != nil && !step.isMandatory {
          #expect(
            evaluation.requirements[index] != nil, "seed \(seed): \(id) is excluded by a preference"
          )
        }
      }
      #expect(Set(planned).count == planned.count, "seed \(seed): a resource planned twice")
    }
  }

  @Test(
    "every explanation's terms add up, and planned resources explain as planned",
    arguments: seeds.prefix(60))
  func explanationsAgree(seed: UInt64) throws {
    let generated = try Self.load(seed)
    for learner in generated.learners {
      let plan = generated.pathway.plan(for: learner)
      let planned = Set(plan.steps.map(\.resource.id.value))
      for resource in generated.pathway.compiled.resources {
        let explanation = try #require(generated.pathway.explain(resource.id.value, for: learner))
        #expect(abs(explanation.terms.reduce(0) { $0 + $1.term } - explanation.score) <= 1e-9)
        let isPlannedStatus = explanation.status == .planned || explanation.status == .mandatory
        #expect(
          isPlannedStatus == planned.contains(resource.id.value),
          "seed \(seed) \(resource.id.value)")
        #expect(!explanation.text.isEmpty)
      }
    }
  }

  /// A plan without its provenance, which names the exact input files and so differs by design.
  static func withoutProvenance(_ plan: Plan) -> Plan {
    var plan = plan
    plan.provenance = Plan.Provenance(engine: "", inputs: "")
    return plan
  }

  @Test("shuffled files, rules and entries give byte-identical plans", arguments: seeds.prefix(80))
  func orderFree(seed: UInt64) throws {
    let original = try Self.load(seed)
    let shuffled = try Self.load(seed, shuffledWith: seed &* 31 &+ 7)
    for (learner, same) in zip(original.learners, shuffled.learners) {
      for format in [PlanFormat.json, .text, .csv] {
        let renderer = PlanRenderer(
          format: format, framework: original.pathway.compiled.project.framework,
          schedule: Schedule(start: CalendarDate(year: 2026, month: 1, day: 5), minutesPerWeek: 120)
        )
        #expect(
          renderer.render(Self.withoutProvenance(original.pathway.plan(for: learner)))
            == renderer.render(Self.withoutProvenance(shuffled.pathway.plan(for: same))),
          "seed \(seed) format \(format)")
      }
    }
  }
}

@Suite("Generated cases")
struct GeneratedCaseTests {
  @Test("the generated cases exercise budgets, requirements, prerequisites and exclusions")
  func coverage() throws {
    var plans = 0
    var withSteps = 0
    var withMandatory = 0
    var withPlannedPrerequisite = 0
    var withUncovered = 0
    for seed in PlanPropertyTests.seeds {
      let generated = try PlanPropertyTests.load(seed)
      for learner in generated.learners {
        let plan = generated.pathway.plan(for: learner)
        plans += 1
        if !plan.steps.isEmpty { withSteps += 1 }
        if plan.steps.contains(where: \.isMandatory) { withMandatory += 1 }
        let planned = Set(plan.steps.map(\.resource.id.value))
        if plan.steps.contains(where: {
          $0.resource.prerequisites.contains { planned.contains($0.value) }
        }) {
          withPlannedPrerequisite += 1
        }
        if !plan.uncovered.isEmpty { withUncovered += 1 }
      }
    }
    #expect(withSteps * 10 >= plans * 7)
    #expect(withMandatory * 10 >= plans)
    #expect(withPlannedPrerequisite * 20 >= plans)
    #expect(withUncovered * 10 >= plans)
  }
}
