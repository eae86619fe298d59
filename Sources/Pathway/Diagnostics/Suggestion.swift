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

/// The Levenshtein distance between two strings, over Unicode scalars.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a.unicodeScalars)
  let b = Array(b.unicodeScalars)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
