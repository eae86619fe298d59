/// A plan for a terminal: wrapped to its width, colour only when allowed.
struct TextPlanRenderer {
  let names: PlanVocabulary
  let style: TextStyle

  func render(_ plan: Plan) -> String {
    var out = bold("Learning plan" + (plan.learner.map { " for \(safe($0))" } ?? "")) + "\n"
    out += wrap(safe(names.summary(plan)), indent: "") + "\n"
    if plan.steps.isEmpty { out += "\n" + wrap(names.emptyPlanSentence(plan), indent: "") + "\n" }
    for phase in plan.phases {
      out += "\n" + bold(safe(phase.name)) + "\n"
      for order in phase.steps {
        guard let step = plan.steps.first(where: { $0.order == order }) else { continue }
        out += renderStep(step)
      }
    }
    if !plan.gaps.isEmpty {
      out += "\n" + bold("Gaps") + "\n"
      for gap in plan.gaps {
        out += wrap("- " + safe(names.gapLine(gap, in: plan)), indent: "    ", first: "  ") + "\n"
      }
    }
    if !plan.uncovered.isEmpty {
      out += "\n" + bold("Not covered by this plan") + "\n"
      for line in names.uncoveredLines(plan) {
        out += wrap("- " + safe(line), indent: "    ", first: "  ") + "\n"
      }
    }
    if !plan.advice.isEmpty {
      out += "\n" + bold("What would help") + "\n"
      for advice in plan.advice {
        out += wrap("- " + safe(advice.text), indent: "    ", first: "  ") + "\n"
      }
    }
    return out
  }

  private func renderStep(_ step: Plan.Step) -> String {
    let mandatory = step.isMandatory ? " (required)" : ""
    var out =
      wrap(
        "\(step.order). \(safe(step.resource.title))\(mandatory) — \(PlanVocabulary.duration(step.resource.minutes.value))",
        indent: "     ", first: "  ") + "\n"
    let details =
      "\(safe(step.resource.provider)), \(step.resource.format), \(names.level(step.resource.level.value)), \(PlanVocabulary.cost(step.resource.cost))"
    out += wrap(details, indent: "     ", first: "     ") + "\n"
    out += "     " + dim(safe(step.resource.url.value)) + "\n"
    if !step.closes.isEmpty {
      out += wrap("Raises: " + safe(names.closes(step)), indent: "     ", first: "     ") + "\n"
    }
    if !step.reasons.isEmpty {
      out +=
        wrap("Why: " + safe(step.reasons.joined(separator: " ")), indent: "     ", first: "     ")
        + "\n"
    }
    return out
  }

  private func safe(_ text: String) -> String { TerminalText.safe(text) }

  private func bold(_ text: String) -> String {
    style.isColored ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }

  private func dim(_ text: String) -> String {
    style.isColored ? "\u{1B}[2m\(text)\u{1B}[0m" : text
  }

  /// Wraps words to the style's width, never inside `0 → 1`.
  ///
  /// `first` prefixes the first line, `indent` the others.
  func wrap(_ text: String, indent: String, first: String? = nil) -> String {
    var lines: [String] = []
    var line = first ?? indent
    var lineHasWord = false
    for word in Self.words(text) {
      if lineHasWord && line.count + 1 + word.count > style.width {
        lines.append(line)
        line = indent
        lineHasWord = false
      }
      line += (lineHasWord ? " " : "") + word
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// The text's words, with an arrow and the words either side of it as one.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var joinNext = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      if word == "→", let last = words.popLast() {
        words.append(last + " →")
        joinNext = true
      } else if joinNext, let last = words.popLast() {
        words.append(last + " " + word)
        joinNext = false
      } else {
        words.append(word)
      }
    }
    return words
  }
}
