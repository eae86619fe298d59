/// Slots that workers fill, one index each, without sharing a growing array.
///
/// Each index is written by exactly one worker, and read only after all have finished
/// (`concurrentPerform` returns when every iteration has), so no two threads touch one slot.
final class ConcurrentSlots<Value: Sendable>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value>

  /// `count` slots, each holding `value` until a worker stores its own.
  init(count: Int, repeating value: Value) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: value)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: Value, at index: Int) {
    slots[index] = value
  }

  /// Every slot's value, in index order.
  var values: [Value] { Array(slots) }
}
