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
