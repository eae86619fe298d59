extension Validator {
  mutating func validate(_ test: RuleTest) {
    validate(test.learner)
    let expect = test.expect
    for id in expect.includes + expect.excludes + (expect.first.map { [$0] } ?? [])
      + expect.status.map(\.resource)
    {
      checkKnown(id, in: resourceIDs, code: .unknownResource, what: "resource")
    }
    for capability in expect.uncovered ?? [] {
      checkKnown(capability, in: capabilityIDs, code: .unknownCapability, what: "capability")
    }
  }

  /// Checks a learner against the framework and catalogue.
  mutating func validate(_ learner: Learner) {
    checkKnown(learner.archetype, in: archetypeIDs, code: .unknownArchetype, what: "archetype")
    for (capability, level) in learner.assessment + learner.targets {
      checkKnown(capability, in: capabilityIDs, code: .unknownCapability, what: "capability")
      checkLevel(level, "level")
    }
    // "Did you mean" for the first few unknown ids only, and a count of the rest: a learner who
    // lists thousands of unknown ids must not cost thousands of searches.
    let unknown = learner.completed.filter { !resourceIDs.contains($0.value) }
    for id in unknown.prefix(Self.unknownIDsSuggested) {
      checkKnown(id, in: resourceIDs, code: .unknownResource, what: "resource")
    }
    if let next = unknown.dropFirst(Self.unknownIDsSuggested).first {
      report(.moreUnknownResources(unknown.count - Self.unknownIDsSuggested, from: next))
    }
    if let budget = learner.preferences.budgetMinutes, budget.value <= 0 {
      report(
        .invalidValue(
          String(budget.value), for: "budgetMinutes", at: budget.location,
          help: "give the minutes available, above 0, or leave `budgetMinutes` out for no limit"))
    }
  }

  /// How many unknown completed resources get a "did you mean" before the rest are counted.
  static let unknownIDsSuggested = 3

  /// Every problem with a learner, checked against a loaded project.
  static func problems(with learner: Learner, in project: Project, known: KnownNames)
    -> [Diagnostic]
  {
    var validator = Validator(project: project, known: known)
    validator.validate(learner)
    return validator.diagnostics
  }
}

extension Diagnostic {
  /// The unknown completed resources past the first few, counted rather than each suggested.
  static func moreUnknownResources(_ more: Int, from first: Located<String>) -> Diagnostic {
    Diagnostic(
      .unknownResource,
      "\(more) more unknown resource\(more == 1 ? "" : "s") in `completed`, from `\(first.value)` on",
      at: first.location, help: "list only resources of the catalogue")
  }
}
