/// A rule's condition with what can be known before any learner: the capabilities each `gap`
/// and `level` condition names and its bounds, and profession names in lower case.
///
/// Capabilities are given by their rank in id order (`CompiledProject.capabilityAtRank`), the
/// order a rule's firings are listed in, so that combining them never sorts.
indirect enum CompiledCondition: Sendable {
  case archetype([String])
  /// In lower case.
  case profession([String])
  /// Holds for each named capability whose gap is within `low...high`.
  case gap(ranks: [CapabilityRank], low: Int, high: Int)
  /// Holds for each named capability whose assessed level is within `low...high`.
  case level(ranks: [CapabilityRank], low: Int, high: Int)
  case completed(String)
  case preference(PreferenceCondition)
  case all([CompiledCondition])
  case any([CompiledCondition])
  case not(CompiledCondition)

  /// Compiles a condition; `ranks` gives the capabilities a `gap` or `level` condition names,
  /// ranked in id order, ascending.
  init(_ condition: Condition, ranks: (CapabilityCondition) -> [CapabilityRank]) {
    switch condition {
    case .archetype(let ids): self = .archetype(ids.map(\.value))
    case .profession(let names): self = .profession(names.map { $0.value.lowercased() })
    case .gap(let bounds):
      self = .gap(
        ranks: ranks(bounds), low: bounds.min?.value ?? 1, high: bounds.max?.value ?? Int.max)
    case .level(let bounds):
      self = .level(
        ranks: ranks(bounds), low: bounds.min?.value ?? 0, high: bounds.max?.value ?? Int.max)
    case .completed(let id): self = .completed(id.value)
    case .preference(let preference): self = .preference(preference)
    case .all(let conditions, _): self = .all(conditions.map { Self($0, ranks: ranks) })
    case .any(let conditions, _): self = .any(conditions.map { Self($0, ranks: ranks) })
    case .not(let inner): self = .not(Self(inner, ranks: ranks))
    }
  }
}
