/// A plan in Markdown, to paste into a document or a message.
struct MarkdownPlanRenderer {
  let names: PlanVocabulary

  func render(_ plan: Plan) -> String {
    var out = "# Learning plan" + (plan.learner.map { " for \(Self.escape($0))" } ?? "") + "\n\n"
    out +=
      "\(Self.escape(names.archetypeName(plan.archetype))), \(Self.escape(plan.profession)). \(names.totals(plan)).\n"
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
        for reason in PlanVocabulary.reasons(step) { out += "   Why: \(Self.escape(reason))  \n" }
      }
    }
    if !plan.gaps.isEmpty {
      out +=
        "\n## Gaps\n\n| Capability | Assessed | Target | Closed by | Left |\n|---|---|---|---|---|\n"
      for gap in plan.gaps {
        out +=
          "| \(Self.escape(names.capabilityName(gap.capability))) | \(gap.assessed) | \(gap.target) | \(gap.closedBy.map(Self.escape).joined(separator: ", ")) | \(gap.remaining) |\n"
      }
    }
    if !plan.uncovered.isEmpty {
      out += "\n## Not covered by this plan\n\n"
      for uncovered in plan.uncovered {
        out +=
          "- \(Self.escape(names.capabilityName(uncovered.capability))): \(uncovered.gap) left, \(Self.escape(uncovered.reason))\n"
      }
    }
    return out
  }

  /// Text with Markdown's inline special characters and HTML escaped, so it shows as written
  /// (no line of the plan starts with input, so line-start markers need no escape).
  static func escape(_ text: String) -> String {
    var out = ""
    for character in TerminalText.safe(text) {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "|", ">", "~":
        out += "\\" + String(character)
      case "<": out += "&lt;"
      case "&": out += "&amp;"
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
