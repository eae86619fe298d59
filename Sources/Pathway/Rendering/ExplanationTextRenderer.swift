/// An explanation for a terminal: the status, the sentence, the terms and what would change it.
public struct ExplanationTextRenderer: Sendable {
  let framework: Framework

  /// A renderer using the framework's names.
  public init(framework: Framework) {
    self.framework = framework
  }

  /// The explanation, ending with a newline.
  public func render(_ explanation: Explanation) -> String {
    var out =
      "\(TerminalText.safe(explanation.resource.id.value)): \(explanation.status.rawValue)\n"
    out += TerminalText.safe(explanation.text) + "\n"
    if let rule = explanation.by, let location = explanation.byLocation,
      explanation.status != .excluded
    {
      out += "Decided by rule \(TerminalText.safe(rule)) (\(location)).\n"
    }
    if !explanation.terms.isEmpty {
      out += "Score \(PlanVocabulary.score(explanation.score)):\n"
      for term in explanation.terms {
        let capability = term.capability.map { " for \($0)" } ?? ""
        out +=
          "  \(PlanVocabulary.score(term.term)) from rule \(term.rule)\(capability): \(TerminalText.safe(term.text))\n"
      }
    }
    if let change = explanation.change {
      out += "What would change this: \(TerminalText.safe(change))\n"
    }
    return out
  }
}
