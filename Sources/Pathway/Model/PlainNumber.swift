/// A number as a person writes it: `2`, not `2.0`; `0.5` as it is.
enum PlainNumber {
  /// The number without a trailing `.0`.
  static func text(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
