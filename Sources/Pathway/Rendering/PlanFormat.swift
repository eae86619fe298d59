/// The forms a plan can be printed in.
public enum PlanFormat: String, Sendable, CaseIterable {
  case text, markdown, json, html, csv, ics
}
