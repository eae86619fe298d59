import Testing

@testable import Pathway

/// The planner grows plans lazily (recomputing only the best option); these tests hold its greedy
/// runs to the plain greedy choice that recomputes every option at every step, and its search to
/// never less than the plain greedy and its single-best-bundle comparison.
@Suite("Lazy greedy")
struct LazyGreedyTests {
  /// The plain greedy plans, built on the planner's own primitives: from the required steps
  /// alone, and starting with the single highest-scoring bundle.
  static func eagerPlans(_ planner: Planner, compiled: CompiledProject) -> (
    greedy: PlanningState, single: (candidate: ResourceIndex, plan: PlanningState)?
  ) {
    var required = PlanningState(
      reached: planner.evaluation.assessed, targets: planner.evaluation.targets)
    for resource in compiled.resources.indices
    where planner.isRequiredAndPlannable(resource) && !required.isPlanned(resource) {
      guard let bundle = planner.bundle(for: resource, in: required, isRequired: true) else {
        continue
      }
      for member in bundle { planner.add(member, to: &required, isMandatory: true) }
    }
    // Recommended: some firing's recommendation chooses it, as its terms are found for `why`.
    let terms = Evaluator(compiled: compiled).terms(
      of: Array(compiled.resources.indices), in: planner.evaluation)
    let candidates = compiled.resources.indices.filter { resource in
      let isRecommended = terms[resource.rawValue].contains {
        if case .recommendation = $0 { true } else { false }
      }
      return isRecommended && planner.evaluation.isAvailable(resource)
    }
    func fill(_ state: inout PlanningState) {
      while let best = candidates.filter({ !state.isPlanned($0) }).compactMap({
        planner.option(for: $0, in: state)
      })
      .max(by: { $0.ranksBelow($1) }) {
        for member in planner.members(of: best, in: state) {
          planner.add(member, to: &state, isMandatory: false)
        }
      }
    }
    var greedy = required
    fill(&greedy)
    let options = candidates.compactMap { planner.option(for: $0, in: required) }
    let single = options.max { a, b in
      (a.score, -a.minutes, b.candidate) < (b.score, -b.minutes, a.candidate)
    }
    guard let single else { return (greedy, nil) }
    var alternative = required
    for member in planner.members(of: single, in: required) {
      planner.add(member, to: &alternative, isMandatory: false)
    }
    fill(&alternative)
    return (greedy, (single.candidate, alternative))
  }

  @Test(
    "the lazy greedy runs equal the plain greedy, and the search never scores less",
    arguments: PlanPropertyTests.seeds)
  func sameChoices(seed: UInt64) throws {
    let generated = try PlanPropertyTests.load(seed)
    let compiled = generated.pathway.compiled
    for learner in generated.learners {
      let planner = Planner(
        compiled: compiled, evaluation: Evaluator(compiled: compiled).evaluate(learner))
      let eager = Self.eagerPlans(planner, compiled: compiled)
      let search = planner.search()
      #expect(
        search.grow(from: []).choices.map(\.resource) == eager.greedy.choices.map(\.resource),
        "seed \(seed)")
      let chosen = planner.choose().score
      #expect(chosen >= eager.greedy.score - 1e-9, "seed \(seed)")
      if let single = eager.single {
        #expect(
          search.grow(from: [single.candidate]).choices.map(\.resource)
            == single.plan.choices.map(\.resource), "seed \(seed)")
        #expect(chosen >= single.plan.score - 1e-9, "seed \(seed)")
      }
    }
  }
}
