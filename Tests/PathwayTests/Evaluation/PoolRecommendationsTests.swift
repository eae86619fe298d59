import Testing

@testable import Pathway

/// Recommendations bound to a capability are kept as bounds, not written per resource, while
/// they choose from all the capability's resources; these tests hold what the evaluation answers
/// to what each firing's selection, asked about each resource, says.
@Suite("Recommendations kept as bounds")
struct PoolRecommendationsTests {
  @Test(
    "every resource is recommended, and each level it closes weighs, as the firings choose it",
    arguments: PlanPropertyTests.seeds)
  func sameAsWrittenPerResource(seed: UInt64) throws {
    let generated = try PlanPropertyTests.load(seed)
    let compiled = generated.pathway.compiled
    let resources = Array(compiled.resources.indices)
    for learner in generated.learners {
      let evaluation = Evaluator(compiled: compiled).evaluate(learner)
      let terms = Evaluator(compiled: compiled).terms(of: resources, in: evaluation)
      for resource in resources {
        // The firings whose recommendations choose the resource, in firing order.
        let firings = terms[resource.rawValue].compactMap { source -> Evaluation.Firing? in
          guard case .recommendation(let firing) = source else { return nil }
          return evaluation.firings[firing]
        }
        #expect(
          evaluation.isRecommended(resource, in: compiled) == !firings.isEmpty,
          "seed \(seed) \(learner.id ?? "") r\(resource.rawValue)")
        for slot in compiled.slots(of: resource) {
          let capability = compiled.capabilityOfSlot[slot]
          let bound = firings.filter { $0.capability == capability }
          // Added in firing order from zero, as a column written per resource adds them.
          let weight = bound.reduce(0.0) { $0 + compiled.rules[$1.rule].weight }
          #expect(
            evaluation.weightPerLevel(
              at: slot, capability: capability, level: compiled.facts.levels[resource],
              minutes: compiled.facts.minutes[resource]) == weight,
            "seed \(seed) \(learner.id ?? "") r\(resource.rawValue)")
          #expect(
            evaluation.isRecommended(resource, forCapabilityAt: slot, in: compiled)
              == firings.contains { $0.capability == nil || $0.capability == capability },
            "seed \(seed) \(learner.id ?? "") r\(resource.rawValue)")
        }
      }
    }
  }
}
