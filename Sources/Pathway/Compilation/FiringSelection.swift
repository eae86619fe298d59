/// An effect's selector resolved for one firing: the resources it chooses, to walk in catalogue
/// order or to ask about one at a time.
enum FiringSelection {
  case none
  /// Exactly these, ascending.
  case listed([ResourceIndex])
  /// Those of an ascending pool within level bounds and most minutes.
  case bounded(pool: [ResourceIndex], levels: ClosedRange<Int>, maxMinutes: Int)
  /// Those of an ascending pool, or of the whole catalogue, that the matcher accepts.
  case matched(pool: [ResourceIndex]?, matcher: ResourceMatcher)

  /// Calls `body` with each resource chosen, in catalogue order; inlined, so that each caller's
  /// body is compiled into the loop.
  @inline(__always)
  func forEach(facts: ResourceFacts, _ body: (ResourceIndex) -> Void) {
    switch self {
    case .none:
      return
    case .listed(let resources):
      resources.forEach(body)
    case .bounded(let pool, let levels, let maxMinutes):
      for resource in pool
      where levels.contains(facts.levels[resource]) && facts.minutes[resource] <= maxMinutes {
        body(resource)
      }
    case .matched(let pool?, let matcher):
      for resource in pool where matcher.matches(resource) { body(resource) }
    case .matched(nil, let matcher):
      for resource in facts.resourceIndices where matcher.matches(resource) { body(resource) }
    }
  }

  /// Whether `resource` is chosen.
  func contains(_ resource: ResourceIndex, facts: ResourceFacts) -> Bool {
    switch self {
    case .none:
      false
    case .listed(let resources):
      resources.containsSorted(resource)
    case .bounded(let pool, let levels, let maxMinutes):
      pool.containsSorted(resource) && levels.contains(facts.levels[resource])
        && facts.minutes[resource] <= maxMinutes
    case .matched(let pool, let matcher):
      (pool?.containsSorted(resource) ?? true) && matcher.matches(resource)
    }
  }
}
