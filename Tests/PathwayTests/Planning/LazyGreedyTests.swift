import Testing

@testable import Pathway

/// The planner chooses lazily (recomputing only the best option); these tests hold it to the
/// plain greedy choice that recomputes every option at every step.
@Suite("Lazy greedy")
struct LazyGreedyTests {
  /// The plain greedy choice, built on the planner's own primitives.
  static func eagerChoices(_ planner: Planner, compiled: CompiledProject) -> [Int] {
    var required = PlanningState(
      reached: planner.evaluation.assessed, targets: planner.evaluation.targets,
      resourceCount: compiled.resources.count)
    for resource in compiled.resources.indices
    where planner.isRequiredAndPlannable(resource) && !required.isPlanned[resource] {
      guard let bundle = planner.bundle(for: resource, in: required, isRequired: true) else {
        continue
      }
      for member in bundle { planner.add(member, to: &required, isMandatory: true) }
    }
    let candidates = compiled.resources.indices.filter {
      planner.evaluation.isRecommended[$0] && planner.evaluation.isAvailable($0)
    }
    func fill(_ state: inout PlanningState) {
      while let best = candidates.filter({ !state.isPlanned[$0] }).compactMap({
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
    let single = candidates.compactMap { planner.option(for: $0, in: required) }
      .max { ($0.score, -$0.minutes, -$0.candidate) < ($1.score, -$1.minutes, -$1.candidate) }
    guard let single else { return greedy.choices.map(\.resource) }
    var alternative = required
    for member in planner.members(of: single, in: required) {
      planner.add(member, to: &alternative, isMandatory: false)
    }
    fill(&alternative)
    return (alternative.score > greedy.score ? alternative : greedy).choices.map(\.resource)
  }

  @Test("the lazy choice equals the plain greedy choice", arguments: PlanPropertyTests.seeds)
  func sameChoices(seed: UInt64) throws {
    let generated = try PlanPropertyTests.load(seed)
    let compiled = generated.pathway.compiled
    for learner in generated.learners {
      let planner = Planner(
        compiled: compiled, evaluation: Evaluator(compiled: compiled).evaluate(learner))
      #expect(
        planner.choose().choices.map(\.resource) == Self.eagerChoices(planner, compiled: compiled),
        "seed \(seed)")
    }
  }
}
