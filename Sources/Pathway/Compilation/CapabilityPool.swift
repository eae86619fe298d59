/// The resources that teach one capability, ascending, each with the slot of that capability in
/// it: what a recommendation bound to the capability walks, without looking the slot up, when it
/// is written per resource (`PoolRecommendations`).
struct CapabilityPool: Sendable {
  private(set) var resources: [ResourceIndex] = []
  /// The capability's slot in each of `resources`, in the same order.
  private(set) var slots: [SlotIndex] = []

  /// Adds a resource that teaches the capability at `slot`.
  mutating func append(_ resource: ResourceIndex, slot: SlotIndex) {
    resources.append(resource)
    slots.append(slot)
  }

  /// The pool of the members that `isKept` accepts.
  func filter(_ isKept: (ResourceIndex) -> Bool) -> CapabilityPool {
    var kept = CapabilityPool()
    for (resource, slot) in zip(resources, slots) where isKept(resource) {
      kept.append(resource, slot: slot)
    }
    return kept
  }
}
