import Foundation
import Hummingbird
import Pathway
import PathwayStore

/// `GET /api/organisations/ORG/report`: the population report over an organisation's current
/// records, for a lead's key, with small numbers suppressed.
struct LeadReport: Sendable {
  let rules: RuleSetStore
  let records: RecordStore?
  /// Counts from 1 to this less one are shown as `"<N"`, and rows with fewer learners merged.
  let suppressBelow: Int

  /// Adds the route.
  func add(to router: Router<BasicRequestContext>) {
    router.get("/api/organisations/:organisation/report") { request, context in
      let organisation = context.parameters.get("organisation") ?? ""
      guard let records else { return RecordsAPI.notFound }
      do {
        guard try await Self.isLead(request, of: organisation, records) else {
          return RecordsAPI.notFound
        }
        let learners = try await records.currentLearners(organisation: organisation)
        return Reply.json(json(report(learners)))
      } catch {
        return RecordsAPI.unreachable
      }
    }
  }

  /// Whether the request's bearer key is a lead's key for the organisation.
  static func isLead(_ request: Request, of organisation: String, _ records: RecordStore)
    async throws -> Bool
  {
    let key = RecordsAPI.bearerKey(request) ?? ""
    let id = String(key.prefix { $0 != "." })
    let lead = try await records.lead(id)
    let matches = Secret.matches(key, hash: lead?.keyHash ?? RecordsAPI.nothingHash)
    return matches && lead?.organisation == organisation && !key.isEmpty
  }

  /// The report over stored learners, each with the resources they have done completed; a
  /// learner that no longer checks is left out.
  func report(_ learners: [CurrentLearner]) -> PopulationReport {
    let planner = RecordPlanner(pathway: rules.pathway)
    var report = PopulationReport()
    for current in learners {
      if case .success(let learner) = planner.learner(current) {
        report.add(learner, plan: planner.pathway.plan(for: learner))
      }
    }
    return report
  }

  /// `pathway report --format json`, with every count below the threshold shown as `"<N"`,
  /// breakdown rows with fewer learners merged into `other`, and nothing at all but that for an
  /// organisation with fewer learners than the threshold.
  func json(_ report: PopulationReport) -> JSON {
    let hidden = JSON.string("<\(suppressBelow)")
    func count(_ value: Int) -> JSON {
      (1..<max(suppressBelow, 1)).contains(value) ? hidden : .int(value)
    }
    guard report.learners >= suppressBelow else {
      return .object([("suppressed", .bool(true)), ("learners", hidden)])
    }
    func rows(_ counts: [PopulationReport.Count], merging: Bool) -> JSON {
      var shown = counts.map { (name: $0.name, learners: $0.learners) }
      if merging {
        shown = shown.filter { $0.learners >= suppressBelow }
        let other = counts.filter { $0.learners < suppressBelow }.map(\.learners).reduce(0, +)
        if other > 0 { shown.append((name: "other", learners: other)) }
      }
      return .array(
        shown.map { .object([("name", .string($0.name)), ("count", count($0.learners))]) })
    }
    return .object([
      ("learners", .int(report.learners)), ("totalMinutes", .int(report.totalMinutes)),
      ("byArchetype", rows(report.byArchetype, merging: true)),
      ("byProfession", rows(report.byProfession, merging: true)),
      ("byOrganisation", rows(report.byOrganisation, merging: true)),
      ("byStaffGroup", rows(report.byStaffGroup, merging: true)),
      ("commonestGaps", rows(report.commonestGaps, merging: false)),
      ("unclosableGaps", rows(report.unclosableGaps, merging: false)),
      ("hoursByArchetype", rows(report.hoursByArchetype, merging: false)),
    ])
  }
}
