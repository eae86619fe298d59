extension Array where Element: Hashable {
  /// The elements in order, each kept only the first time it appears.
  func uniqued() -> [Element] {
    // A few elements are compared with those kept: cheaper than hashing them into a set.
    if count <= 8 {
      var kept: [Element] = []
      kept.reserveCapacity(count)
      for element in self where !kept.contains(element) { kept.append(element) }
      return kept
    }
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
