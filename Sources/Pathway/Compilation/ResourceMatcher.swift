/// Tests resources against one selector, with a firing's values in place of its placeholders.
struct ResourceMatcher {
  let selector: Selector
  let binding: Binding?

  /// Whether a resource meets every key of the selector.
  func matches(_ resource: Resource) -> Bool {
    if let ids = selector.ids, !ids.contains(where: { render($0) == resource.id.value }) {
      return false
    }
    if let patterns = selector.capability {
      let globs = patterns.map { Glob(render($0)) }
      guard
        resource.capabilities.contains(where: { capability in
          globs.contains { $0.matches(capability.value) }
        })
      else { return false }
    }
    if let domains = selector.domain {
      let names = domains.map(render)
      guard
        resource.capabilities.contains(where: { capability in
          names.contains { capability.value.hasPrefix($0 + ".") }
        })
      else { return false }
    }
    if let level = selector.level {
      if let min = level.min, let bound = number(min), resource.level.value < bound { return false }
      if let max = level.max, let bound = number(max), resource.level.value > bound { return false }
      if level.min.map(number) == .some(nil) || level.max.map(number) == .some(nil) { return false }
    }
    if let formats = selector.format, !formats.contains(where: { render($0) == resource.format }) {
      return false
    }
    if let tags = selector.tag, !tags.contains(where: { resource.tags.contains(render($0)) }) {
      return false
    }
    if let providers = selector.provider,
      !providers.contains(where: { render($0) == resource.provider })
    {
      return false
    }
    if let free = selector.free, free.value != resource.isFree { return false }
    if let maxMinutes = selector.maxMinutes {
      guard let bound = number(maxMinutes), resource.minutes.value <= bound else { return false }
    }
    if let archetypes = selector.archetype,
      !archetypes.contains(where: { resource.isFor(archetype: render($0)) })
    {
      return false
    }
    return true
  }

  /// The ids of the resources that match, in catalogue order.
  func matchingIDs(in resources: [Resource]) -> [String] {
    resources.filter(matches).map(\.id.value)
  }

  private func render(_ template: Template) -> String {
    binding?.render(template) ?? template.text
  }

  private func number(_ value: NumberValue) -> Int? {
    if let binding { return binding.number(value) }
    if case .literal(let number) = value { return number.value }
    return nil
  }
}
