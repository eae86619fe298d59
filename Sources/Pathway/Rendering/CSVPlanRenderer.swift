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
        String(step.resource.minutes.value), step.resource.cost.map { Explainer.format($0) } ?? "",
        String(step.score), step.isMandatory ? "true" : "false",
        step.closes.map { "\($0.capability) \($0.from)-\($0.to)" }.joined(separator: "; "),
        PlanVocabulary.reasons(step).joined(separator: " "),
      ])
    }
    return rows.map { $0.map(Self.cell).joined(separator: ",") + "\r\n" }.joined()
  }

  /// A field quoted where needed, and prefixed with `'` where a spreadsheet would run it as a formula.
  static func cell(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
      Double(text) == nil
    {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }
}
