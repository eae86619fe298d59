/// Turns a step's terms into one to three sentences for the learner.
///
/// Terms with positive points give sentences, and so do the requirement and the prerequisite
/// terms; penalties give none. The texts of one rule that differ only in the capability's name
/// become one sentence naming the capabilities in the framework's order; a sentence is never
/// repeated in a plan; a required step says so first, a prerequisite says what it is needed before, and
/// the rest come largest points first.
struct StepReasons {
  /// The most sentences a step has.
  static let limit = 3

  let framework: Framework

  /// The sentences for one step; those in `said` (earlier steps') are left out, unless the step
  /// would have none left, and those given are added to it.
  func reasons(for step: Plan.Step, said: inout Set<String>) -> [String] {
    let all = reasons(for: step)
    let fresh = all.filter { !said.contains($0) }
    let chosen = fresh.isEmpty ? Array(all.prefix(1)) : fresh
    said.formUnion(chosen)
    return chosen
  }

  /// The sentences for one step.
  func reasons(for step: Plan.Step) -> [String] {
    var first: [String] = []
    var merged: [Sentence] = []
    for term in step.why {
      if term.rule == nil || (step.isMandatory && term.term == 0) {
        first.append(term.text)
      } else if term.term > 0 {
        merge(term, into: &merged)
      }
    }
    // Largest points first; a stable sort keeps the rules' order among equals.
    let ranked = merged.enumerated().sorted { a, b in
      a.element.points != b.element.points
        ? a.element.points > b.element.points : a.offset < b.offset
    }.map { text(of: $0.element) }
    var seen = Set<String>()
    let sentences = (first + ranked).filter { !$0.isEmpty && seen.insert($0).inserted }
    return Array(sentences.prefix(Self.limit))
  }

  /// One sentence in the making: a rule's text with the capabilities it names.
  private struct Sentence {
    var rule: String?
    /// The text with the capability's name taken out, or the whole text when it names none.
    var pattern: String
    var capabilities: [Int]
    var points: Double
  }

  /// The sentence with the capabilities' names, in the framework's order, in place.
  private func text(of sentence: Sentence) -> String {
    let names = Set(sentence.capabilities).sorted().map { framework.capabilities[$0].name }
    return sentence.pattern.replacingAll(Self.hole, with: Phrases.list(names))
  }

  private static let hole = "\u{0}"

  private func merge(_ term: Plan.Term, into sentences: inout [Sentence]) {
    let index = term.capability.flatMap { id in
      framework.capabilities.firstIndex { $0.id.value == id }
    }
    var pattern = term.text
    var capabilities: [Int] = []
    if let index, case let name = framework.capabilities[index].name, !name.isEmpty,
      term.text.contains(name)
    {
      pattern = term.text.replacingAll(name, with: Self.hole)
      capabilities = [index]
    }
    if let existing = sentences.firstIndex(where: { $0.rule == term.rule && $0.pattern == pattern })
    {
      sentences[existing].capabilities += capabilities
      sentences[existing].points += term.term
      return
    }
    sentences.append(
      Sentence(rule: term.rule, pattern: pattern, capabilities: capabilities, points: term.term))
  }
}
