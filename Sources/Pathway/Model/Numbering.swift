/// Each value's number, in order of first appearance: 0 for the first value met, 1 for the next
/// new one, and so on.
struct Numbering<Value: Hashable> {
  private(set) var numbers: [Value: Int]
  /// The values met, in number order.
  private(set) var values: [Value] = []

  /// Room for `capacity` values before the table grows.
  init(capacity: Int = 0) { numbers = Dictionary(minimumCapacity: capacity) }

  /// The number of `value`: the next one when it is new.
  mutating func number(of value: Value) -> Int {
    if let known = numbers[value] { return known }
    let number = values.count
    values.append(value)
    numbers[value] = number
    return number
  }
}
