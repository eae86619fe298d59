/// A plan in Markdown, to paste into a document or a message.
struct MarkdownPlanRenderer {
  let names: PlanVocabulary

  func render(_ plan: Plan) -> String {
    var out = "# Learning plan" + (plan.learner.map { " for \(Self.escape($0))" } ?? "") + "\n\n"
    out += Self.escape(names.summary(plan)) + "\n"
    if plan.steps.isEmpty { out += "\n" + names.emptyPlanSentence(plan) + "\n" }
    for phase in plan.phases {
      out += "\n## \(Self.escape(phase.name))\n\n"
      for order in phase.steps {
        guard let step = plan.steps.first(where: { $0.order == order }) else { continue }
        let title = Self.escape(step.resource.title)
        let link =
          HTMLEscaping.isWebLink(step.resource.url.value)
          ? "[\(title)](<\(Self.escapeURL(step.resource.url.value))>)" : title
        out +=
          "\(step.order). **\(link)**\(step.isMandatory ? " (required)" : "") — \(PlanVocabulary.duration(step.resource.minutes.value))  \n"
        out +=
          "   \(Self.escape(step.resource.provider)), \(step.resource.format), \(names.level(step.resource.level.value)), \(PlanVocabulary.cost(step.resource.cost))  \n"
        if !step.closes.isEmpty { out += "   Raises: \(Self.escape(names.closes(step)))  \n" }
        if !step.reasons.isEmpty {
          out += "   Why: \(Self.escape(step.reasons.joined(separator: " ")))  \n"
        }
      }
    }
    if !plan.gaps.isEmpty {
      out +=
        "\n## Gaps\n\n| Capability | You are at | Target | Worked on in | Left |\n|---|---|---|---|---|\n"
      for gap in plan.gaps {
        out +=
          "| \(Self.escape(names.capabilityName(gap.capability))) | \(gap.assessed) | \(gap.target) | \(names.stepNumbers(closing: gap, in: plan) ?? "no step yet") | \(gap.remaining) |\n"
      }
    }
    if !plan.uncovered.isEmpty {
      out += "\n## Not covered by this plan\n\n"
      for line in names.uncoveredLines(plan) { out += "- \(Self.escape(line))\n" }
    }
    if !plan.advice.isEmpty {
      out += "\n## What would help\n\n"
      for advice in plan.advice { out += "- \(Self.escape(advice.text))\n" }
    }
    return out
  }

  /// Text with Markdown's inline special characters and HTML escaped, so it shows as written
  /// (no line of the plan starts with input, so line-start markers need no escape).
  static func escape(_ text: String) -> String {
    var out = ""
    let characters = Array(TerminalText.safe(text))
    for (index, character) in characters.enumerated() {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", ">", "~":
        out += "\\" + String(character)
      case "<": out += "&lt;"
      // Only an `&` that could begin an entity (`&amp;`, `&#38;`) needs escaping: "Foong & Wang"
      // reads as it is, in a viewer and in a text editor alike.
      case "&" where characters.dropFirst(index + 1).first.map { $0.isLetter || $0 == "#" } == true:
        out += "&amp;"
      case "\n", "\r": out += " "
      default: out.append(character)
      }
    }
    return out
  }

  /// An address inside `<...>`, where only `<`, `>` and spaces need escaping.
  static func escapeURL(_ url: String) -> String {
    url.replacing("<", with: "%3C").replacing(">", with: "%3E").replacing(" ", with: "%20")
  }
}
