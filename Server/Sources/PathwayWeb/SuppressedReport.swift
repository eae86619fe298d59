import Pathway

/// A population report as a workforce lead may see it: every count from 1 to the threshold
/// less one hidden as `"<N"`, breakdown rows with fewer learners merged into `other`, and
/// nothing but that for a population smaller than the threshold.
struct SuppressedReport {
  /// One row of a section: a name and its count, which may be hidden.
  struct Row {
    let name: String
    let count: Int
  }

  /// One part of the report: its JSON key, its title for people, and its rows.
  struct Section {
    let key: String
    let title: String
    let unit: String
    let rows: [Row]
  }

  let report: PopulationReport
  /// Counts below this are hidden.
  let threshold: Int

  /// Whether the population is too small to show anything of it.
  var isSuppressed: Bool { report.learners < threshold }

  /// `"<N"`, for a hidden count.
  var hidden: String { "<\(threshold)" }

  /// A count as shown: the number, or `"<N"` from 1 to the threshold less one.
  func shown(_ count: Int) -> String? {
    (1..<max(threshold, 1)).contains(count) ? nil : String(count)
  }

  /// The sections, in the order of `pathway report --format json`, names as the report holds
  /// them (ids for archetypes and capabilities).
  var sections: [Section] {
    func rows(_ counts: [PopulationReport.Count], merging: Bool) -> [Row] {
      guard merging else { return counts.map { Row(name: $0.name, count: $0.learners) } }
      var shown = counts.filter { $0.learners >= threshold }.map {
        Row(name: $0.name, count: $0.learners)
      }
      let other = counts.filter { $0.learners < threshold }.map(\.learners).reduce(0, +)
      if other > 0 { shown.append(Row(name: "other", count: other)) }
      return shown
    }
    return [
      Section(
        key: "byArchetype", title: "Learners per archetype", unit: "learners",
        rows: rows(report.byArchetype, merging: true)),
      Section(
        key: "byProfession", title: "Learners per profession", unit: "learners",
        rows: rows(report.byProfession, merging: true)),
      Section(
        key: "byOrganisation", title: "Learners per organisation", unit: "learners",
        rows: rows(report.byOrganisation, merging: true)),
      Section(
        key: "byStaffGroup", title: "Learners per staff group", unit: "learners",
        rows: rows(report.byStaffGroup, merging: true)),
      Section(
        key: "commonestGaps", title: "Commonest gaps", unit: "learners",
        rows: rows(report.commonestGaps, merging: false)),
      Section(
        key: "unclosableGaps", title: "Gaps no resource closes", unit: "learners",
        rows: rows(report.unclosableGaps, merging: false)),
      Section(
        key: "hoursByArchetype", title: "Hours of learning in the plans, per archetype",
        unit: "hours", rows: rows(report.hoursByArchetype, merging: false)),
    ]
  }

  /// As `GET /api/organisations/ORG/report` answers it.
  var json: JSON {
    func count(_ value: Int) -> JSON { shown(value) == nil ? .string(hidden) : .int(value) }
    guard !isSuppressed else {
      return .object([("suppressed", .bool(true)), ("learners", .string(hidden))])
    }
    return .object(
      [("learners", .int(report.learners)), ("totalMinutes", .int(report.totalMinutes))]
        + sections.map { section in
          (
            section.key,
            .array(
              section.rows.map {
                .object([("name", .string($0.name)), ("count", count($0.count))])
              }
            )
          )
        })
  }
}
