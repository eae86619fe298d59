/// A plan as CSV (RFC 4180) for people, one row a step with names and reasons (no ids, no
/// scores), guarded against spreadsheet formula injection.
struct CSVPlanRenderer {
  static let header = [
    "step", "title", "provider", "url", "format", "minutes", "level", "cost", "raises", "reasons",
  ]

  let names: PlanVocabulary

  func render(_ plan: Plan) -> String {
    var rows = [Self.header]
    for step in plan.steps {
      let resource = step.resource
      rows.append([
        String(step.order), resource.title, resource.provider, resource.url.value,
        resource.format, String(resource.minutes.value), names.level(resource.level.value),
        PlanVocabulary.cost(resource.cost), names.closes(step),
        step.reasons.joined(separator: " "),
      ])
    }
    return CSVFormat.table(rows)
  }
}
