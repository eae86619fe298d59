/// Arrays of indices kept ascending and without repeats: the capability ranks conditions
/// combine, and the resource pools selections search.
extension Array where Element: Comparable {
  /// The elements of both, for two ascending arrays without repeats; ascending.
  func intersectingSorted(_ other: [Element]) -> [Element] {
    merging(other, keepingOnlyCommon: true)
  }

  /// The elements of either, for two ascending arrays without repeats; ascending, without repeats.
  func unitingSorted(_ other: [Element]) -> [Element] {
    merging(other, keepingOnlyCommon: false)
  }

  /// Whether an ascending array holds `value`, by binary search.
  func containsSorted(_ value: Element) -> Bool {
    var (low, high) = (0, count)
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < count && self[low] == value
  }

  /// One walk over two ascending arrays: the elements they share, and the others unless
  /// `keepingOnlyCommon`.
  private func merging(_ other: [Element], keepingOnlyCommon: Bool) -> [Element] {
    var result: [Element] = []
    var (left, right) = (0, 0)
    while left < count || right < other.count {
      if right == other.count || (left < count && self[left] < other[right]) {
        if !keepingOnlyCommon { result.append(self[left]) }
        left += 1
      } else if left == count || other[right] < self[left] {
        if !keepingOnlyCommon { result.append(other[right]) }
        right += 1
      } else {
        result.append(self[left])
        left += 1
        right += 1
      }
    }
    return result
  }
}
