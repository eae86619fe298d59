/// Works out targets, fires the rules and applies their effects, for one learner.
struct Evaluator {
  let compiled: CompiledProject

  /// How a condition holds: not at all, once, or once for each of some capabilities.
  enum Outcome {
    case no, once
    /// The capabilities' ranks in id order, ascending.
    case each([CapabilityRank])
  }

  /// The evaluation of a learner; `budget` overrides the learner's own.
  func evaluate(_ learner: Learner, budget: Int? = nil) -> Evaluation {
    let resources = compiled.resources
    let assessed = assessedLevels(of: learner)
    let archetype = learner.archetype.value
    let applicable = compiled.rulesByArchetype[archetype] ?? []
    let targets = self.targets(for: learner, assessed: assessed, rules: applicable)
    var isCompleted = PerResource(repeating: false, count: resources.count)
    for id in learner.completed {
      if let index = compiled.resourceIndex[id.value] { isCompleted[index] = true }
    }
    var evaluation = Evaluation(
      learner: learner,
      budget: budget ?? learner.preferences.budgetMinutes?.value,
      assessed: assessed,
      targets: targets,
      bindings: PerCapability(
        compiled.capabilities.indices.map {
          binding(for: learner, capability: $0, assessed: assessed, targets: targets)
        }),
      unboundBinding: binding(for: learner, capability: nil, assessed: assessed, targets: targets),
      slotCount: compiled.capabilityOfSlot.count,
      isCompleted: isCompleted,
      isForArchetype: compiled.isForArchetype[archetype]
        ?? PerResource(resources.map { $0.isFor(archetype: archetype) }))
    let facts = LearnerFacts(learner, assessed: assessed, targets: targets)
    for ruleIndex in applicable {
      let rule = compiled.rules[ruleIndex]
      for capability in firings(of: rule, facts: facts) {
        let firing = evaluation.firings.endIndex
        evaluation.firings.append(Evaluation.Firing(rule: ruleIndex, capability: capability))
        let binding = evaluation.binding(of: evaluation.firings[firing])
        for effect in rule.effects {
          apply(
            effect, of: rule, firing: firing, capability: capability,
            binding: binding, to: &evaluation)
        }
      }
    }
    applyPreferences(learner.preferences, to: &evaluation)
    return evaluation
  }

  /// Applies one effect of one firing.
  private func apply(
    _ effect: CompiledEffect, of rule: CompiledRule, firing: FiringIndex,
    capability: CapabilityIndex?, binding: Binding, to evaluation: inout Evaluation
  ) {
    let catalogue = compiled.facts
    let select = { effect.selection(binding: binding, capability: capability, facts: catalogue) }
    switch effect.action {
    case .recommend:
      evaluation.recommend(select(), weight: rule.weight, capability: capability, in: compiled)
    case .exclude:
      evaluation.exclude(select(), firing: firing, facts: catalogue)
    case .adjust(let by):
      evaluation.adjust(select(), by: rule.weight * by, facts: catalogue)
    case .require(let resources):
      for resource in resources { evaluation.require(resource, firing: firing) }
    case .target:
      break
    }
  }

  // MARK: - Terms

  /// The terms' sources of each of a few resources, in the order terms are listed: rule id, then
  /// capability id, then recommendations, the requirement, adjustments.
  ///
  /// Found again by asking each firing's effects about these resources alone, so that
  /// evaluating a learner records values, not the thousands of terms no one reads.
  func terms(of resources: [ResourceIndex], in evaluation: Evaluation)
    -> [[Evaluation.TermSource]]
  {
    var found = [[Evaluation.TermSource]](repeating: [], count: resources.count)
    let catalogue = compiled.facts
    // A firing's adjustments come after its recommendations and requirement: held here, by the
    // position of their resource, until those are listed.
    var adjustments: [(position: Int, source: Evaluation.TermSource)] = []
    for firingIndex in evaluation.firings.indices {
      let firing = evaluation.firings[firingIndex]
      let rule = compiled.rules[firing.rule]
      let binding = evaluation.binding(of: firing)
      adjustments.removeAll(keepingCapacity: true)
      for effect in rule.effects {
        let select = {
          effect.selection(binding: binding, capability: firing.capability, facts: catalogue)
        }
        switch effect.action {
        case .recommend:
          let chosen = select()
          for (position, resource) in resources.enumerated()
          where chosen.contains(resource, facts: catalogue) {
            found[position].append(.recommendation(firing: firingIndex))
          }
        case .adjust(let by):
          let chosen = select()
          for (position, resource) in resources.enumerated()
          where chosen.contains(resource, facts: catalogue) {
            adjustments.append(
              (position, .adjustment(firing: firingIndex, amount: rule.weight * by)))
          }
        case .exclude, .require, .target:
          break
        }
      }
      for (position, resource) in resources.enumerated()
      where evaluation.requirements[resource] == firingIndex {
        found[position].append(.requirement(firing: firingIndex))
      }
      for adjustment in adjustments { found[adjustment.position].append(adjustment.source) }
    }
    return found
  }

  /// Each capability's assessed level, in the framework's order; the first answer for a
  /// capability counts.
  func assessedLevels(of learner: Learner) -> PerCapability<Int> {
    var assessed = PerCapability(repeating: 0, count: compiled.capabilities.count)
    for answer in learner.assessment.reversed() {
      if let index = compiled.capabilityIndex[answer.capability.value] {
        assessed[index] = answer.level.value
      }
    }
    return assessed
  }

  /// Preferences exclude like a rule, but never a required resource, and never over a rule.
  private func applyPreferences(
    _ preferences: Learner.Preferences, to evaluation: inout Evaluation
  ) {
    guard preferences.freeOnly || !preferences.formats.isEmpty else { return }
    let catalogue = compiled.facts
    let formats = Set(preferences.formats.compactMap { catalogue.formatIDs[$0.value] })
    for index in catalogue.resourceIndices
    where evaluation.exclusions[index] == nil && evaluation.requirements[index] == nil {
      if preferences.freeOnly && !catalogue.isFree[index] {
        evaluation.exclusions[index] = .freeOnly
      } else if !preferences.formats.isEmpty && !formats.contains(catalogue.formats[index]) {
        evaluation.exclusions[index] = .formats
      }
    }
  }

  // MARK: - Targets

  /// The learner's own target, else the highest set by the rules' `target` effects, else the
  /// framework's expectation; rules see the expectations and own targets when they set theirs.
  func targets(
    for learner: Learner, assessed: PerCapability<Int>, rules: [RuleIndex]
  ) -> PerCapability<Int> {
    let framework = compiled.framework
    let count = compiled.capabilities.count
    let levels = framework.minimumLevel...Swift.max(framework.minimumLevel, framework.maximumLevel)
    var owns = PerCapability<Int?>(repeating: nil, count: count)
    for target in learner.targets.reversed() {
      if let index = compiled.capabilityIndex[target.capability.value] {
        owns[index] = target.level.value
      }
    }
    let expected =
      compiled.expectedLevels[learner.archetype.value]
      ?? PerCapability(
        compiled.capabilities.map { framework.expectedLevel(of: learner.archetype.value, in: $0) })
    let initial = PerCapability(owns.indices.map { owns[$0] ?? expected[$0] })
    var ruleTargets = PerCapability<Int?>(repeating: nil, count: count)
    let facts = LearnerFacts(learner, assessed: assessed, targets: initial)
    for ruleIndex in rules {
      let rule = compiled.rules[ruleIndex]
      guard !rule.targetEffects.isEmpty else { continue }
      for capability in firings(of: rule, facts: facts) {
        let binding = self.binding(
          for: learner, capability: capability, assessed: assessed, targets: initial)
        for target in rule.targetEffects {
          guard let level = binding.number(target.level) else { continue }
          let clamped = Swift.min(Swift.max(level, levels.lowerBound), levels.upperBound)
          for index in capabilities(of: target, binding: binding) {
            ruleTargets[index] = Swift.max(ruleTargets[index] ?? clamped, clamped)
          }
        }
      }
    }
    return PerCapability(owns.indices.map { owns[$0] ?? ruleTargets[$0] ?? initial[$0] })
  }

  private func capabilities(of target: TargetEffect, binding: Binding) -> [CapabilityIndex] {
    if let pattern = target.capability.map({ binding.render($0) }) {
      if !Glob.hasWildcard(pattern) {
        return compiled.capabilityIndex[pattern].map { [$0] } ?? []
      }
      let glob = Glob(pattern)
      return compiled.capabilities.indices.filter {
        glob.matches(compiled.capabilities[$0].id.value)
      }
    }
    if let domain = target.domain.map({ binding.render($0) }) {
      return compiled.capabilities.indices.filter { compiled.capabilities[$0].domain == domain }
    }
    return []
  }

  // MARK: - Firing

  /// What a rule's condition asks of one learner, worked out once.
  struct LearnerFacts {
    let learner: Learner
    /// In lower case.
    let profession: String
    let assessed: PerCapability<Int>
    let targets: PerCapability<Int>

    init(_ learner: Learner, assessed: PerCapability<Int>, targets: PerCapability<Int>) {
      self.learner = learner
      profession = learner.profession.lowercased()
      self.assessed = assessed
      self.targets = targets
    }
  }

  /// The firings of a rule: nil once for a rule that binds no capability, else each bound
  /// capability, in id order (the order terms are listed in).
  func firings(of rule: CompiledRule, facts: LearnerFacts) -> [CapabilityIndex?] {
    guard let condition = rule.condition else { return [nil] }
    switch outcome(of: condition, facts: facts) {
    case .no: return []
    case .once: return [nil]
    case .each(let ranks): return ranks.map { compiled.capabilityAtRank[$0] }
    }
  }

  /// How a condition holds.
  ///
  /// Recursion follows the condition's nesting, which reading bounds.
  func outcome(of condition: CompiledCondition, facts: LearnerFacts) -> Outcome {
    switch condition {
    case .archetype(let ids):
      return ids.contains(facts.learner.archetype.value) ? .once : .no
    case .profession(let names):
      return names.contains(facts.profession) ? .once : .no
    case .gap(let ranks, let low, let high):
      return matching(ranks, from: low, to: high) {
        Swift.max(0, facts.targets[$0] - facts.assessed[$0])
      }
    case .level(let ranks, let low, let high):
      return matching(ranks, from: low, to: high) { facts.assessed[$0] }
    case .completed(let id):
      return facts.learner.hasCompleted(id) ? .once : .no
    case .preference(let preference):
      return holds(preference, for: facts.learner) ? .once : .no
    case .not(let inner):
      if case .no = outcome(of: inner, facts: facts) { return .once }
      return .no
    case .all(let conditions):
      var bound: [CapabilityRank]?
      for inner in conditions {
        switch outcome(of: inner, facts: facts) {
        case .no: return .no
        case .once: continue
        case .each(let ranks): bound = bound.map { $0.intersectingSorted(ranks) } ?? ranks
        }
      }
      guard let bound else { return .once }
      return bound.isEmpty ? .no : .each(bound)
    case .any(let conditions):
      var held = false
      var bound: [CapabilityRank] = []
      for inner in conditions {
        switch outcome(of: inner, facts: facts) {
        case .no: continue
        case .once: held = true
        case .each(let ranks):
          held = true
          bound = bound.unitingSorted(ranks)
        }
      }
      guard held else { return .no }
      return bound.isEmpty ? .once : .each(bound)
    }
  }

  /// The capabilities among `ranks` whose measure is from `low` to `high`; none when `low` is
  /// above `high` (a `max` below the default `min`).
  private func matching(
    _ ranks: [CapabilityRank], from low: Int, to high: Int, measure: (CapabilityIndex) -> Int
  ) -> Outcome {
    let matched = ranks.filter { rank in
      let measured = measure(compiled.capabilityAtRank[rank])
      return low <= measured && measured <= high
    }
    return matched.isEmpty ? .no : .each(matched)
  }

  private func holds(_ preference: PreferenceCondition, for learner: Learner) -> Bool {
    let preferences = learner.preferences
    if let freeOnly = preference.freeOnly, freeOnly.value != preferences.freeOnly { return false }
    if let formats = preference.formats {
      let preferred = Set(preferences.formats.map(\.value))
      guard formats.contains(where: { preferred.contains($0.value) }) else { return false }
    }
    let budget = preferences.budgetMinutes?.value
    if let min = preference.budgetMin, let budget, budget < min.value { return false }
    if let max = preference.budgetMax {
      guard let budget, budget <= max.value else { return false }
    }
    return true
  }

  // MARK: - Effects

  /// The values a firing gives to placeholders.
  func binding(
    for learner: Learner, capability: CapabilityIndex?, assessed: PerCapability<Int>,
    targets: PerCapability<Int>
  ) -> Binding {
    Binding(
      archetype: compiled.framework.archetype(learner.archetype.value),
      archetypeID: learner.archetype.value,
      profession: learner.profession,
      capability: capability.map { (compiled.capabilities[$0], assessed[$0], targets[$0]) })
  }
}
