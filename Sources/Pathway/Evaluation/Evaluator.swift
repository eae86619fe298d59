/// Works out targets, fires the rules and applies their effects, for one learner.
struct Evaluator {
  let compiled: CompiledProject

  /// How a condition holds: not at all, once, or once for each of some capabilities.
  enum Outcome {
    case no, once
    /// Capability indices, increasing.
    case each([Int])
  }

  /// The evaluation of a learner; `budget` overrides the learner's own.
  func evaluate(_ learner: Learner, budget: Int? = nil) -> Evaluation {
    let capabilities = compiled.capabilities
    let resources = compiled.resources
    let assessed = capabilities.map { learner.assessedLevel($0.id.value) }
    let archetype = learner.archetype.value
    let applicable = compiled.rulesByArchetype[archetype] ?? []
    let targets = self.targets(for: learner, assessed: assessed, rules: applicable)
    let completed = Set(learner.completed.map(\.value))
    var isCompleted = [Bool](repeating: false, count: resources.count)
    for id in completed {
      if let index = compiled.resourceIndex[id] { isCompleted[index] = true }
    }
    let evaluation = Evaluation(
      learner: learner,
      budget: budget ?? learner.preferences.budgetMinutes?.value,
      assessed: assessed,
      targets: targets,
      resourceCount: resources.count,
      isCompleted: isCompleted,
      isForArchetype: compiled.isForArchetype[archetype]
        ?? resources.map { $0.isFor(archetype: archetype) })

    var terms: [Evaluation.ResourceTerm] = []
    for ruleIndex in applicable {
      let rule = compiled.rules[ruleIndex]
      for capability in firings(
        of: rule.rule, learner: learner, assessed: assessed, targets: targets)
      {
        let firingIndex = evaluation.firings.count
        evaluation.firings.append(Evaluation.Firing(rule: ruleIndex, capability: capability))
        let binding = self.binding(
          for: learner, capability: capability, assessed: assessed, targets: targets)
        let weight = rule.rule.weight.value
        for effect in rule.effects {
          switch effect.effect.kind {
          case .recommend:
            for resource in selection(effect, binding: binding, capability: capability) {
              terms.append(.init(resource: resource, source: .recommendation(firing: firingIndex)))
            }
          case .exclude:
            for resource in selection(effect, binding: binding, capability: capability)
            where evaluation.exclusions[resource] == nil {
              evaluation.exclusions[resource] = .rule(ruleIndex, firing: firingIndex)
            }
          case .boost(_, let by), .penalise(_, let by):
            let sign: Double = if case .boost = effect.effect.kind { 1 } else { -1 }
            let amount = sign * weight * by.value
            for resource in selection(effect, binding: binding, capability: capability) {
              terms.append(
                .init(resource: resource, source: .adjustment(firing: firingIndex, amount: amount)))
            }
          case .require(let ids):
            for id in ids {
              if let resource = compiled.resourceIndex[id.value],
                evaluation.requirements[resource] == nil
              {
                evaluation.requirements[resource] = firingIndex
                terms.append(.init(resource: resource, source: .requirement(firing: firingIndex)))
              }
            }
          case .target:
            break
          }
        }
      }
    }
    applyPreferences(learner.preferences, to: evaluation)
    evaluation.setTerms(terms)
    return evaluation
  }

  /// Preferences exclude like a rule, but never a required resource, and never over a rule.
  private func applyPreferences(_ preferences: Learner.Preferences, to evaluation: Evaluation) {
    guard preferences.freeOnly || !preferences.formats.isEmpty else { return }
    let facts = compiled.facts
    let formats = Set(preferences.formats.compactMap { facts.formatIDs[$0.value] })
    for index in 0..<facts.count
    where evaluation.exclusions[index] == nil && evaluation.requirements[index] == nil {
      if preferences.freeOnly && !facts.isFree[index] {
        evaluation.exclusions[index] = .freeOnly
      } else if !preferences.formats.isEmpty && !formats.contains(facts.formats[index]) {
        evaluation.exclusions[index] = .formats
      }
    }
  }

  // MARK: - Targets

  /// The learner's own target, else the highest set by the rules' `target` effects, else the
  /// framework's expectation; rules see the expectations and own targets when they set theirs.
  func targets(for learner: Learner, assessed: [Int], rules: [Int]) -> [Int] {
    let framework = compiled.framework
    let archetype = learner.archetype.value
    let levels = framework.minimumLevel...Swift.max(framework.minimumLevel, framework.maximumLevel)
    let owns = compiled.capabilities.map { learner.ownTarget($0.id.value) }
    let initial = compiled.capabilities.enumerated().map { index, capability in
      owns[index] ?? framework.expectedLevel(of: archetype, in: capability)
    }
    var ruleTargets = [Int?](repeating: nil, count: compiled.capabilities.count)
    for ruleIndex in rules {
      let rule = compiled.rules[ruleIndex].rule
      let targetEffects = rule.effects.compactMap { effect -> TargetEffect? in
        if case .target(let target) = effect.kind { target } else { nil }
      }
      guard !targetEffects.isEmpty else { continue }
      for capability in firings(of: rule, learner: learner, assessed: assessed, targets: initial) {
        let binding = self.binding(
          for: learner, capability: capability, assessed: assessed, targets: initial)
        for target in targetEffects {
          guard let level = binding.number(target.level) else { continue }
          let clamped = Swift.min(Swift.max(level, levels.lowerBound), levels.upperBound)
          for index in capabilities(of: target, binding: binding) {
            ruleTargets[index] = Swift.max(ruleTargets[index] ?? clamped, clamped)
          }
        }
      }
    }
    return initial.indices.map { owns[$0] ?? ruleTargets[$0] ?? initial[$0] }
  }

  private func capabilities(of target: TargetEffect, binding: Binding) -> [Int] {
    if let pattern = target.capability.map({ Glob(binding.render($0)) }) {
      return compiled.capabilities.indices.filter {
        pattern.matches(compiled.capabilities[$0].id.value)
      }
    }
    if let domain = target.domain.map({ binding.render($0) }) {
      return compiled.capabilities.indices.filter { compiled.capabilities[$0].domain == domain }
    }
    return []
  }

  // MARK: - Firing

  /// The firings of a rule: nil once for a rule that binds no capability, else each bound capability.
  func firings(of rule: Rule, learner: Learner, assessed: [Int], targets: [Int]) -> [Int?] {
    guard let condition = rule.condition else { return [nil] }
    switch outcome(of: condition, learner: learner, assessed: assessed, targets: targets) {
    case .no: return []
    case .once: return [nil]
    case .each(let capabilities):
      // In id order, the order terms are listed in.
      return capabilities.sorted { compiled.capabilityIDRank[$0] < compiled.capabilityIDRank[$1] }
    }
  }

  /// How a condition holds.
  ///
  /// Recursion follows the condition's nesting, which reading bounds.
  func outcome(of condition: Condition, learner: Learner, assessed: [Int], targets: [Int])
    -> Outcome
  {
    switch condition {
    case .archetype(let ids):
      return ids.contains { $0.value == learner.archetype.value } ? .once : .no
    case .profession(let names):
      let profession = learner.profession.lowercased()
      return names.contains { $0.value.lowercased() == profession } ? .once : .no
    case .gap(let bounds):
      return matching(bounds, minimum: 1) { Swift.max(0, targets[$0] - assessed[$0]) }
    case .level(let bounds):
      return matching(bounds, minimum: 0) { assessed[$0] }
    case .completed(let id):
      return learner.hasCompleted(id.value) ? .once : .no
    case .preference(let preference):
      return holds(preference, for: learner) ? .once : .no
    case .not(let inner):
      if case .no = outcome(of: inner, learner: learner, assessed: assessed, targets: targets) {
        return .once
      }
      return .no
    case .all(let conditions, _):
      var bound: Set<Int>?
      for inner in conditions {
        switch outcome(of: inner, learner: learner, assessed: assessed, targets: targets) {
        case .no: return .no
        case .once: continue
        case .each(let capabilities):
          bound = bound.map { $0.intersection(capabilities) } ?? Set(capabilities)
        }
      }
      guard let bound else { return .once }
      return bound.isEmpty ? .no : .each(bound.sorted())
    case .any(let conditions, _):
      var held = false
      var bound: Set<Int> = []
      for inner in conditions {
        switch outcome(of: inner, learner: learner, assessed: assessed, targets: targets) {
        case .no: continue
        case .once: held = true
        case .each(let capabilities):
          held = true
          bound.formUnion(capabilities)
        }
      }
      guard held else { return .no }
      return bound.isEmpty ? .once : .each(bound.sorted())
    }
  }

  private func matching(_ bounds: CapabilityCondition, minimum: Int, value: (Int) -> Int) -> Outcome
  {
    let low = bounds.min?.value ?? minimum
    let high = bounds.max?.value ?? Int.max
    let matched = compiled.capabilities(matching: bounds).filter { index in
      let measured = value(index)
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
  func binding(for learner: Learner, capability: Int?, assessed: [Int], targets: [Int]) -> Binding {
    Binding(
      archetype: compiled.framework.archetype(learner.archetype.value),
      archetypeID: learner.archetype.value,
      profession: learner.profession,
      capability: capability.map { (compiled.capabilities[$0], assessed[$0], targets[$0]) })
  }

  /// The resources an effect's selector chooses for one firing, in catalogue order.
  private func selection(_ effect: CompiledEffect, binding: Binding, capability: Int?) -> [Int] {
    if let fixed = effect.fixedSelection { return fixed }
    if let capability, let pools = effect.poolByCapability, let bounds = effect.poolBounds {
      return bounds.select(from: pools[capability], binding: binding, facts: compiled.facts)
    }
    guard let selector = effect.effect.selector else { return [] }
    let matcher = ResourceMatcher(selector: selector, binding: binding, facts: compiled.facts)
    if let capability, let pools = effect.poolByCapability {
      return pools[capability].filter(matcher.matches)
    }
    return compiled.resources.indices.filter(matcher.matches)
  }
}
