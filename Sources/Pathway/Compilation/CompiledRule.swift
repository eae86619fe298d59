/// A rule with what can be known before any learner worked out.
final class CompiledRule: Sendable {
  let rule: Rule
  let weight: Double
  /// Nil holds always.
  let condition: CompiledCondition?
  /// The archetypes it can fire for, when its condition requires some; nil for any.
  let archetypes: Set<String>?
  let effects: [CompiledEffect]
  /// Its `target` effects, which are applied before any other effect.
  let targetEffects: [TargetEffect]

  init(
    _ rule: Rule, facts: ResourceFacts, poolOfCapability: PerCapability<CapabilityPool>,
    ranks: (CapabilityCondition) -> [CapabilityRank]
  ) {
    self.rule = rule
    weight = rule.weight.value
    condition = rule.condition.map { CompiledCondition($0, ranks: ranks) }
    archetypes = rule.condition?.requiredArchetypes
    targetEffects = rule.effects.compactMap { effect in
      if case .target(let target) = effect.kind { target } else { nil }
    }
    effects = rule.effects.map {
      CompiledEffect($0, facts: facts, poolOfCapability: poolOfCapability)
    }
  }
}
