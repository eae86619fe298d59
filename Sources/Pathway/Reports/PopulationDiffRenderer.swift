/// The forms a population diff can be printed in.
public enum DiffFormat: String, Sendable, CaseIterable {
  case text, markdown, json
}

/// Prints a population diff: text for a terminal, Markdown for a pull request, JSON for tools.
public struct PopulationDiffRenderer: Sendable {
  public var format: DiffFormat

  /// A renderer for one form.
  public init(format: DiffFormat) {
    self.format = format
  }

  /// The report, ending with a newline.
  public func render(_ diff: PopulationDiff) -> String {
    switch format {
    case .json: return json(diff).serialized(pretty: true) + "\n"
    case .text, .markdown: return prose(diff, markdown: format == .markdown)
    }
  }

  private func summary(_ diff: PopulationDiff) -> String {
    let added = diff.changes.reduce(0) { $0 + $1.added.count }
    let removed = diff.changes.reduce(0) { $0 + $1.removed.count }
    let moved = diff.changes.reduce(0) { $0 + $1.moved.count }
    let minutes = diff.changes.reduce(0) { $0 + $1.minutesAfter - $1.minutesBefore }
    let uncovered = diff.changes.reduce(0) { $0 + $1.newlyUncovered.count }
    return
      "\(diff.changes.count) of \(diff.learners) learners' plans change: \(added) steps added, "
      + "\(removed) removed, \(moved) moved, \(minutes >= 0 ? "+" : "")\(minutes) minutes in all, "
      + "\(uncovered) gaps newly uncovered."
  }

  private func prose(_ diff: PopulationDiff, markdown: Bool) -> String {
    let escape: (String) -> String = {
      markdown ? MarkdownPlanRenderer.escape($0) : TerminalText.safe($0)
    }
    var out = markdown ? "## Effect on learners' plans\n\n" : ""
    out += summary(diff) + "\n"
    let rules = diff.rules
    for (label, ids) in [
      ("Rules added", rules.added), ("Rules removed", rules.removed),
      ("Rules changed", rules.changed),
    ]
    where !ids.isEmpty {
      out += "\(label): " + ids.map(escape).joined(separator: ", ") + "\n"
    }
    for change in diff.changes {
      let minutes = change.minutesAfter - change.minutesBefore
      let sign = minutes >= 0 ? "+" : ""
      let heading =
        "\(escape(change.learner)) (\(change.minutesBefore) → \(change.minutesAfter) minutes, \(sign)\(minutes))"
      out += markdown ? "\n### \(heading)\n\n" : "\n\(heading)\n"
      let bullet = markdown ? "- " : "  "
      for step in change.added {
        out +=
          "\(bullet)+ \(escape(step.resource)) at step \(step.order): \(escape(step.reason))\(rule(step.rule, escape))\n"
      }
      for step in change.removed {
        out +=
          "\(bullet)- \(escape(step.resource)) (was step \(step.order)): \(escape(step.reason))\(rule(step.rule, escape))\n"
      }
      for move in change.moved {
        out += "\(bullet)~ \(escape(move.resource)) moved from step \(move.from) to \(move.to)\n"
      }
      for gap in change.newlyUncovered {
        out += "\(bullet)! \(escape(gap.capability)) newly uncovered: \(escape(gap.reason))\n"
      }
      if !change.changedRules.isEmpty {
        out +=
          "\(bullet)changed rules that apply: "
          + change.changedRules.map(escape).joined(separator: ", ") + "\n"
      }
      for capability in change.newlyCovered {
        out += "\(bullet)✓ \(escape(capability)) now covered\n"
      }
    }
    return out
  }

  private func rule(_ rule: String?, _ escape: (String) -> String) -> String {
    rule.map { " (rule \(escape($0)))" } ?? ""
  }

  private func json(_ diff: PopulationDiff) -> JSON {
    func step(_ step: PopulationDiff.StepChange) -> JSON {
      .object([
        ("resource", .string(step.resource)), ("title", .string(step.title)),
        ("order", .int(step.order)),
        ("minutes", .int(step.minutes)), ("rule", .optional(step.rule, JSON.string)),
        ("reason", .string(step.reason)),
      ])
    }
    return .object([
      ("learners", .int(diff.learners)),
      ("affected", .int(diff.changes.count)),
      (
        "rules",
        .object([
          ("added", .array(diff.rules.added.map(JSON.string))),
          ("removed", .array(diff.rules.removed.map(JSON.string))),
          ("changed", .array(diff.rules.changed.map(JSON.string))),
        ])
      ),
      (
        "changes",
        .array(
          diff.changes.map { change in
            .object([
              ("learner", .string(change.learner)),
              ("minutesBefore", .int(change.minutesBefore)),
              ("minutesAfter", .int(change.minutesAfter)),
              ("added", .array(change.added.map(step))),
              ("removed", .array(change.removed.map(step))),
              (
                "moved",
                .array(
                  change.moved.map {
                    .object([
                      ("resource", .string($0.resource)), ("from", .int($0.from)),
                      ("to", .int($0.to)),
                    ])
                  })
              ),
              (
                "newlyUncovered",
                .array(
                  change.newlyUncovered.map {
                    .object([
                      ("capability", .string($0.capability)), ("gap", .int($0.gap)),
                      ("reason", .string($0.reason)),
                    ])
                  })
              ),
              ("newlyCovered", .array(change.newlyCovered.map(JSON.string))),
              ("changedRules", .array(change.changedRules.map(JSON.string))),
            ])
          })
      ),
    ])
  }
}
