/// Per resource, why it is kept out of the plan, if it is, in four bytes: a learner's evaluation
/// of a national catalogue zeroes and reads a sixth of what the optional enum would take.
///
/// Its copies share one column, written only while the evaluation is built.
struct Exclusions: Sendable {
  /// 0 for none, then free only, formats, and a rule's firing from 3 on (a learner's firings are
  /// each held in memory, far fewer than the codes).
  private let codes: ResourceColumn<UInt32>

  /// None excluded, among `count` resources.
  init(count: Int) { codes = ResourceColumn(zeroes: count) }

  subscript(resource: ResourceIndex) -> Evaluation.Exclusion? {
    get {
      switch codes[resource] {
      case 0: nil
      case 1: .freeOnly
      case 2: .formats
      case let code: .rule(firing: FiringIndex(Int(code) - 3))
      }
    }
    nonmutating set {
      codes[resource] =
        switch newValue {
        case nil: 0
        case .freeOnly: 1
        case .formats: 2
        case .rule(let firing): UInt32(firing.rawValue + 3)
        }
    }
  }
}

/// Per resource, the firing that first required it, if one did, in four bytes; its copies share
/// one column, as `Exclusions`' do.
struct Requirements: Sendable {
  /// 0 for none, else the firing's index + 1.
  private let codes: ResourceColumn<UInt32>

  /// None required, among `count` resources.
  init(count: Int) { codes = ResourceColumn(zeroes: count) }

  subscript(resource: ResourceIndex) -> FiringIndex? {
    get {
      let code = codes[resource]
      return code == 0 ? nil : FiringIndex(Int(code) - 1)
    }
    nonmutating set { codes[resource] = newValue.map { UInt32($0.rawValue + 1) } ?? 0 }
  }
}
