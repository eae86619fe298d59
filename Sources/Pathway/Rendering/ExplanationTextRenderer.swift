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
          "  \(PlanVocabulary.score(term.term)) from \(term.rule.map { "rule \($0)" } ?? "the steps that need it")\(capability): \(TerminalText.safe(term.text))\n"
      }
    }
    if let numbers = explanation.numbers {
      for line in Self.words(numbers).split(separator: "\n") {
        out += TerminalText.safe(String(line)) + "\n"
      }
    }
    if let change = explanation.change {
      out += "What would change this: \(TerminalText.safe(change))\n"
    }
    return out
  }

  /// The deciding numbers in words, a line each.
  static func words(_ numbers: DecidingNumbers) -> String {
    var out = ""
    if let perMinute = numbers.perMinute {
      out +=
        "Points per minute, were it added next: \(PlanVocabulary.score(perMinute, places: 3)).\n"
    }
    if let rival = numbers.lostTo {
      out +=
        "It lost to \(rival.resource), at \(PlanVocabulary.score(rival.perMinute, places: 3)) points a minute.\n"
    }
    switch numbers.wouldChange {
    case .boost(let points)?:
      out +=
        "A boost of \(PlanVocabulary.score(points)) point\(points == 1 ? "" : "s") would bring it into the plan.\n"
    case .budgetMinutes(let minutes)?:
      out += "A budget of \(minutes) minutes would bring it into the plan.\n"
    case .recommend?:
      out += "No rule recommends it to this learner: a rule would have to.\n"
    case nil:
      out +=
        "No boost of up to \(PlainNumber.text(Pathway.largestBoostTried)) points or budget brings it in.\n"
    }
    return out
  }
}
