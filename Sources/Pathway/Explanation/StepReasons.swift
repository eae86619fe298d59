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

  /// Where the framework's capabilities are, in its order, and their indices by id.
  let compiled: CompiledProject

  /// The sentences for one step of a plan, leaving out those in `said` (earlier steps').
  ///
  /// Those given are added to `said`. A step left with none says which earlier step it builds
  /// on, or, failing that, keeps its first.
  func reasons(for step: Plan.Step, in plan: Plan, said: inout Set<String>) -> [String] {
    let all = reasons(for: step)
    var chosen = all.filter { !said.contains($0) }
    if chosen.isEmpty {
      chosen = [buildsOn(step, in: plan) ?? all.first].compactMap { $0 }
    }
    said.formUnion(chosen)
    return chosen
  }

  /// `This takes Ethics further, after step 2.`, for a step that raises what an earlier one did.
  private func buildsOn(_ step: Plan.Step, in plan: Plan) -> String? {
    let raised = Set(step.closes.map(\.capability))
    guard
      let earlier = plan.steps.last(where: { other in
        other.order < step.order && other.closes.contains { raised.contains($0.capability) }
      })
    else { return nil }
    let names = compiled.capabilities.filter { capability in
      raised.contains(capability.id.value)
        && earlier.closes.contains { $0.capability == capability.id.value }
    }.map(\.name)
    return "This takes \(Phrases.list(names)) further, after step \(earlier.order)."
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
    }
    // Each text made only while fewer than the limit are kept.
    var sentences: [String] = []
    func keep(_ text: String) {
      if !text.isEmpty && !sentences.contains(text) { sentences.append(text) }
    }
    for text in first where sentences.count < Self.limit { keep(text) }
    for sentence in ranked where sentences.count < Self.limit { keep(text(of: sentence.element)) }
    return sentences
  }

  /// One sentence in the making: a rule's text with the capabilities it names.
  private struct Sentence {
    var rule: String?
    /// The text with the capability's name taken out, or the whole text when it names none.
    var pattern: String
    var capabilities: [CapabilityIndex]
    var points: Double
  }

  /// The sentence with the capabilities' names, in the framework's order, in place.
  private func text(of sentence: Sentence) -> String {
    let names = Set(sentence.capabilities).sorted().map { compiled.capabilities[$0].name }
    return sentence.pattern.replacingEvery(Self.hole, with: Phrases.list(names))
      ?? sentence.pattern
  }

  private static let hole = "\u{0}"

  private func merge(_ term: Plan.Term, into sentences: inout [Sentence]) {
    let index = term.capability.flatMap { compiled.capabilityIndex[$0] }
    var pattern = term.text
    var capabilities: [CapabilityIndex] = []
    if let index,
      let holed = term.text.replacingEvery(
        compiled.capabilities[index].name, with: Self.hole)
    {
      pattern = holed
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
