extension Plan {
  /// The plan as SPEC's JSON, keys in a fixed order.
  public var json: JSON { json(includingWhy: true) }

  /// The plan as SPEC's JSON; without `why`, each step leaves out its terms (for compact
  /// population output).
  public func json(includingWhy: Bool) -> JSON {
    .object([
      ("schemaVersion", .int(1)),
      ("learner", .optional(learner, JSON.string)),
      ("archetype", .string(archetype)),
      ("profession", .string(profession)),
      ("framework", .string(framework)),
      ("budgetMinutes", .optional(budgetMinutes, JSON.int)),
      ("totalMinutes", .int(totalMinutes)),
      ("overrunMinutes", .optional(overrunMinutes, JSON.int)),
      (
        "phases",
        .array(
          phases.map {
            .object([("name", .string($0.name)), ("steps", .array($0.steps.map(JSON.int)))])
          })
      ),
      ("steps", .array(steps.map { $0.json(includingWhy: includingWhy) })),
      ("gaps", .array(gaps.map(\.json))),
      (
        "uncovered",
        .array(
          uncovered.map {
            .object([
              ("capability", .string($0.capability)), ("gap", .int($0.gap)),
              ("reason", .string($0.reason)), ("text", .string($0.text)),
            ])
          })
      ),
      (
        "advice",
        .array(
          advice.map {
            .object([
              ("change", .string($0.change.rawValue)), ("gaps", .int($0.gaps)),
              ("text", .string($0.text)),
            ])
          })
      ),
      (
        "provenance",
        .object([("engine", .string(provenance.engine)), ("inputs", .string(provenance.inputs))])
      ),
    ])
  }
}

extension Plan.Step {
  func json(includingWhy: Bool) -> JSON {
    var members: [(String, JSON)] = [
      ("order", .int(order)),
      ("resource", .string(resource.id.value)),
      ("title", .string(resource.title)),
      ("provider", .string(resource.provider)),
      ("url", .string(resource.url.value)),
      ("format", .string(resource.format)),
      ("level", .int(resource.level.value)),
      ("minutes", .int(resource.minutes.value)),
      ("cost", .optional(resource.cost, JSON.double)),
      ("score", .double(score)),
      ("mandatory", .bool(isMandatory)),
      (
        "closes",
        .array(
          closes.map {
            .object([
              ("capability", .string($0.capability)), ("from", .int($0.from)), ("to", .int($0.to)),
            ])
          })
      ),
    ]
    if includingWhy {
      members.append(("why", .array(why.map(\.json))))
      members.append(("reasons", .array(reasons.map(JSON.string))))
    }
    return .object(members)
  }
}

extension Plan.Term {
  var json: JSON {
    var members: [(String, JSON)] = [("rule", .optional(rule, JSON.string))]
    if let capability { members.append(("capability", .string(capability))) }
    if let prerequisiteOf {
      members.append(("prerequisiteOf", .array(prerequisiteOf.map(JSON.string))))
    }
    members += [("term", .double(term)), ("text", .string(text))]
    return .object(members)
  }
}

extension Plan.Gap {
  var json: JSON {
    .object([
      ("capability", .string(capability)),
      ("assessed", .int(assessed)),
      ("target", .int(target)),
      ("gap", .int(gap)),
      ("closedBy", .array(closedBy.map(JSON.string))),
      ("remaining", .int(remaining)),
    ])
  }
}

extension Explanation {
  /// The explanation as SPEC's JSON.
  public var json: JSON {
    var members: [(String, JSON)] = [
      ("resource", .string(resource.id.value)),
      ("status", .string(status.rawValue)),
      ("score", .double(score)),
      ("terms", .array(terms.map(\.json))),
      ("by", .optional(by, JSON.string)),
      ("location", .optional(byLocation) { .string($0.description) }),
      ("text", .string(text)),
      ("change", .optional(change, JSON.string)),
    ]
    if let numbers {
      if let perMinute = numbers.perMinute { members.append(("perMinute", .double(perMinute))) }
      if let lostTo = numbers.lostTo {
        members.append(
          (
            "lostTo",
            .object([
              ("resource", .string(lostTo.resource)), ("perMinute", .double(lostTo.perMinute)),
            ])
          ))
      }
      members.append(("wouldChange", .optional(numbers.wouldChange) { $0.json }))
    }
    return .object(members)
  }
}

extension DecidingNumbers.Change {
  var json: JSON {
    switch self {
    case .boost(let points): .object([("boost", .double(points))])
    case .budgetMinutes(let minutes): .object([("budgetMinutes", .int(minutes))])
    case .recommend: .object([("recommend", .bool(true))])
    }
  }
}
