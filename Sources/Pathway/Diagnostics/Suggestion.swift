extension Collection where Element == String {
  /// The known name closest to `word` by edit distance, when it is close enough to be a likely typo.
  func closest(to word: String) -> String? {
    let limit = Swift.max(1, Swift.min(3, word.count / 3))
    var best: (name: String, distance: Int)?
    for name in self where name != word {
      let distance = editDistance(word, name)
      if distance <= limit,
        best.map({ distance < $0.distance || (distance == $0.distance && name < $0.name) }) ?? true
      {
        best = (name, distance)
      }
    }
    return best?.name
  }
}

/// `did you mean `x`?` for the closest known name, or nil.
func didYouMean(_ word: String, in known: some Collection<String>) -> String? {
  known.closest(to: word).map { "did you mean `\($0)`?" }
}

/// `did you mean `x`?`, or where nothing is close and the names are few, the list of them.
func didYouMeanOrList(_ word: String, in known: [String], naming kind: String) -> String? {
  if let suggestion = didYouMean(word, in: known) { return suggestion }
  guard !known.isEmpty, known.count <= 12 else { return nil }
  return "\(kind) are " + known.map { "`\($0)`" }.joined(separator: ", ")
}

/// The optimal string alignment distance between two strings, over Unicode scalars: insertions,
/// deletions, substitutions and swaps of neighbours each count 1.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a.unicodeScalars)
  let b = Array(b.unicodeScalars)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var beforePrevious = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
      }
    }
    (beforePrevious, previous, current) = (previous, current, beforePrevious)
  }
  return previous[b.count]
}
