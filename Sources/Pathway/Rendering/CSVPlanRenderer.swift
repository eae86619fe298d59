/// A plan as CSV (RFC 4180), one row a step, guarded against spreadsheet formula injection.
struct CSVPlanRenderer {
  static let header = [
    "order", "phase", "resource", "title", "provider", "url", "format", "level", "minutes", "cost",
    "score", "mandatory", "closes", "why",
  ]

  func render(_ plan: Plan) -> String {
    var rows = [Self.header]
    for step in plan.steps {
      let phase = plan.phases.first { $0.steps.contains(step.order) }?.name ?? ""
      rows.append([
        String(step.order), phase, step.resource.id.value, step.resource.title,
        step.resource.provider,
        step.resource.url.value, step.resource.format, String(step.resource.level.value),
        String(step.resource.minutes.value), step.resource.cost.map { PlainNumber.text($0) } ?? "",
        String(step.score), step.isMandatory ? "true" : "false",
        step.closes.map { "\($0.capability) \($0.from)-\($0.to)" }.joined(separator: "; "),
        PlanVocabulary.reasons(step).joined(separator: " "),
      ])
    }
    return CSVFormat.table(rows)
  }
}
