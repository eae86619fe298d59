/// The numeric keys of a selector (level bounds and most minutes), which may be placeholders.
struct PoolBounds: Sendable {
  let minimumLevel: NumberValue?
  let maximumLevel: NumberValue?
  let maxMinutes: NumberValue?

  /// The bounds as a firing fills them in: levels and most minutes; nil when a placeholder has
  /// no value, so that nothing is within them.
  func resolved(with binding: Binding) -> (levels: ClosedRange<Int>, maxMinutes: Int)? {
    func value(_ number: NumberValue?, otherwise: Int) -> Int? {
      guard let number else { return otherwise }
      return binding.number(number)
    }
    guard let low = value(minimumLevel, otherwise: Int.min),
      let high = value(maximumLevel, otherwise: Int.max),
      let minutes = value(maxMinutes, otherwise: Int.max), low <= high
    else { return nil }
    return (low...high, minutes)
  }
}
