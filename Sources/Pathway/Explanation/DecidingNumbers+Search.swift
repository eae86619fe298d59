extension Pathway {
  /// The most extra points tried before a boost is said to bring nothing in.
  static let largestBoostTried = 1024.0

  /// The numbers that decided for an outranked, over-budget or not-selected resource, each
  /// change found by planning again, so that they hold whatever selection the planner makes.
  func decidingNumbers(
    for explanation: Explanation, resource: ResourceIndex, learner: Learner, budget: Int?,
    plan: Plan
  ) -> DecidingNumbers? {
    let id = explanation.resource.id.value
    var numbers = DecidingNumbers()
    switch explanation.status {
    case .notSelected:
      numbers.wouldChange = .recommend
      return numbers
    case .outranked, .overBudget: break
    default: return nil
    }
    let minutes = bundleMinutes(of: resource, learner: learner, plan: plan)
    numbers.perMinute = explanation.score / Double(Swift.max(1, minutes))
    if explanation.status == .outranked {
      let capabilities = Set(explanation.resource.capabilities.map(\.value))
      numbers.lostTo =
        plan.steps.filter { step in step.closes.contains { capabilities.contains($0.capability) } }
        .map {
          DecidingNumbers.Rival(
            resource: $0.resource.id.value,
            perMinute: $0.score / Double($0.resource.minutes.value))
        }
        .max { ($0.perMinute, $1.resource) < ($1.perMinute, $0.resource) }
      numbers.wouldChange = smallestBoost(bringingIn: id, for: learner, budget: budget).map {
        .boost($0)
      }
    } else {
      let floor = (budget ?? learner.preferences.budgetMinutes?.value ?? 0) + 1
      numbers.wouldChange = smallestBudget(bringingIn: id, for: learner, from: floor).map {
        .budgetMinutes($0)
      }
    }
    return numbers
  }

  /// The resource's minutes and those of its prerequisites not yet done or planned.
  private func bundleMinutes(of resource: ResourceIndex, learner: Learner, plan: Plan) -> Int {
    let done = Set(learner.completed.map(\.value) + plan.steps.map(\.resource.id.value))
    var total = 0
    var pending = [resource]
    var seen: Set<ResourceIndex> = [resource]
    while let next = pending.popLast() {
      total += compiled.resources[next].minutes.value
      for prerequisite in compiled.prerequisitesOfResource[next]
      where !done.contains(compiled.resources[prerequisite].id.value)
        && seen.insert(prerequisite).inserted
      {
        pending.append(prerequisite)
      }
    }
    return total
  }

  /// The smallest number of `step`s with which `includes` holds, from 1 to `limit` steps, by
  /// doubling and then halving (planning is taken to include more as the number grows).
  private static func smallest(upTo limit: Int, where includes: (Int) -> Bool) -> Int? {
    var high = 1
    while !includes(high) {
      guard high < limit else { return nil }
      high = Swift.min(limit, high * 2)
    }
    var low = high / 2  // Known not to include, or 0.
    while high - low > 1 {
      let middle = (low + high) / 2
      if includes(middle) { high = middle } else { low = middle }
    }
    return high
  }

  /// The smallest boost, in steps of 0.5, with which planning again includes the resource.
  private func smallestBoost(bringingIn id: String, for learner: Learner, budget: Int?) -> Double? {
    let halves = Self.smallest(upTo: Int(Self.largestBoostTried * 2)) { halves in
      boosted(id, by: Double(halves) / 2).plan(for: learner, budget: budget).steps.contains {
        $0.resource.id.value == id
      }
    }
    return halves.map { Double($0) / 2 }
  }

  /// The smallest budget, from `floor`, with which planning again includes the resource.
  private func smallestBudget(bringingIn id: String, for learner: Learner, from floor: Int) -> Int?
  {
    let most = compiled.resources.reduce(0) { $0 + $1.minutes.value }
    let found = Self.smallest(upTo: Swift.max(1, most - floor + 1)) { extra in
      plan(for: learner, budget: floor + extra - 1).steps.contains { $0.resource.id.value == id }
    }
    return found.map { floor + $0 - 1 }
  }

  /// The same rules and catalogue with one more rule that gives a resource extra points.
  private func boosted(_ id: String, by points: Double) -> Pathway {
    var project = compiled.project
    let here = SourceLocation.file("explain")
    let selector = Selector(
      ids: [Template(segments: [.literal(id)], text: id, location: here)], location: here)
    project.rules.append(
      Rule(
        id: Located("explain-boost", at: here), weight: Located(1, at: here), condition: nil,
        effects: [Effect(kind: .boost(selector, by: Located(points, at: here)), location: here)],
        because: Template(segments: [], text: "", location: here), location: here))
    project.rules.sort { $0.id.value < $1.id.value }
    return Pathway(project, limits: limits)
  }
}
