/// An effect's selector resolved for one firing: the resources it chooses, to walk in catalogue
/// order or to ask about one at a time.
enum FiringSelection {
  case none
  /// Exactly these, ascending.
  case listed([ResourceIndex])
  /// Those of the firing's capability's pool within level bounds and most minutes.
  case bounded(pool: CapabilityPool, levels: ClosedRange<Int>, maxMinutes: Int)
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
      for resource in resources { body(resource) }
    case .bounded(let pool, let levels, let maxMinutes):
      for resource in pool.resources
      where Self.isWithin(levels, maxMinutes: maxMinutes, resource, facts: facts) {
        body(resource)
      }
    case .matched(let pool?, let matcher):
      for resource in pool where matcher.matches(resource) { body(resource) }
    case .matched(nil, let matcher):
      for resource in facts.resourceIndices where matcher.matches(resource) { body(resource) }
    }
  }

  /// Calls `body` with each resource chosen, in catalogue order, and, for a capability's pool,
  /// the slot of that capability in it (nil otherwise).
  @inline(__always)
  func forEachWithSlot(facts: ResourceFacts, _ body: (ResourceIndex, SlotIndex?) -> Void) {
    guard case .bounded(let pool, let levels, let maxMinutes) = self else {
      forEach(facts: facts) { body($0, nil) }
      return
    }
    for (resource, slot) in zip(pool.resources, pool.slots)
    where Self.isWithin(levels, maxMinutes: maxMinutes, resource, facts: facts) {
      body(resource, slot)
    }
  }

  /// Whether a resource's level is within bounds and it lasts at most `maxMinutes`.
  @inline(__always)
  private static func isWithin(
    _ levels: ClosedRange<Int>, maxMinutes: Int, _ resource: ResourceIndex, facts: ResourceFacts
  ) -> Bool {
    levels.contains(facts.levels[resource]) && facts.minutes[resource] <= maxMinutes
  }

  /// Whether `resource` is chosen.
  func contains(_ resource: ResourceIndex, facts: ResourceFacts) -> Bool {
    switch self {
    case .none:
      false
    case .listed(let resources):
      resources.containsSorted(resource)
    case .bounded(let pool, let levels, let maxMinutes):
      pool.resources.containsSorted(resource)
        && Self.isWithin(levels, maxMinutes: maxMinutes, resource, facts: facts)
    case .matched(let pool, let matcher):
      (pool?.containsSorted(resource) ?? true) && matcher.matches(resource)
    }
  }
}
