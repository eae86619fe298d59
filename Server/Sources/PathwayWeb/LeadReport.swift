import Foundation
import Hummingbird
import Pathway
import PathwayStore

/// The population report over an organisation's current records, for a lead's key, with small
/// numbers suppressed: `GET /api/organisations/ORG/report`, and the page at `/lead`.
struct LeadReport: Sendable {
  let rules: RuleSetStore
  let records: RecordStore?
  /// Counts from 1 to this less one are shown as `"<N"`, and rows with fewer learners merged.
  let suppressBelow: Int

  /// The methods the lead's page answers, for `405` and `Allow`.
  static let allowedMethods = ["/lead": "GET, HEAD, POST"]

  /// Adds the routes: the API's, and the page a lead enters their key on.
  func add(to router: Router<BasicRequestContext>) {
    router.getAndHead("/lead") { _, _ in
      records == nil
        ? Reply.redirect(to: "/") : Reply.page(LeadReportPage.form(threshold: suppressBelow))
    }
    router.post("/lead") { request, _ in
      guard let records else { return Reply.redirect(to: "/") }
      return await page(request, records)
    }
    router.get("/api/organisations/:organisation/report") { request, context in
      let organisation = context.parameters.get("organisation") ?? ""
      guard let records else { return RecordsAPI.notFound }
      do {
        guard try await Self.isLead(request, of: organisation, records) else {
          return RecordsAPI.notFound
        }
        let learners = try await records.currentLearners(organisation: organisation)
        return Reply.json(suppressed(report(learners)).json)
      } catch {
        return RecordsAPI.unreachable
      }
    }
  }

  /// Whether the request's bearer key is a lead's key for the organisation.
  static func isLead(_ request: Request, of organisation: String, _ records: RecordStore)
    async throws -> Bool
  {
    try await self.organisation(ofKey: RecordsAPI.bearerKey(request) ?? "", records)
      == organisation
  }

  /// The organisation a lead's key is for; nil for a key that is no lead's.
  ///
  /// The key starts with its id; the whole key is compared with the hash kept, in constant time.
  static func organisation(ofKey key: String, _ records: RecordStore) async throws -> String? {
    let lead = try await records.lead(String(key.prefix { $0 != "." }))
    let matches = Secret.matches(key, hash: lead?.keyHash ?? RecordsAPI.nothingHash)
    return matches && !key.isEmpty ? lead?.organisation : nil
  }

  /// The largest form a lead's key comes in.
  static let maximumFormBytes = 4096

  /// `POST /lead`: the report page for the key sent; the form again, 404, for a wrong key.
  private func page(_ request: Request, _ records: RecordStore) async -> Response {
    do {
      let body = try await RecordsAPI.body(of: request, upTo: Self.maximumFormBytes)
      let key = (FormFields(query: String(decoding: body, as: UTF8.self)).first("key") ?? "")
        .trimmingCharacters(in: .whitespacesAndNewlines)
      guard let organisation = try await Self.organisation(ofKey: key, records) else {
        return Reply.page(
          LeadReportPage.form(
            threshold: suppressBelow, error: "That key is not a lead's key. Check it and try again"),
          status: .notFound)
      }
      let learners = try await records.currentLearners(organisation: organisation)
      return Reply.page(
        LeadReportPage(
          framework: rules.pathway.framework, organisation: organisation,
          report: suppressed(report(learners))
        ).html)
    } catch RecordsError.tooLarge {
      return Reply.page(
        LeadReportPage.form(threshold: suppressBelow, error: "That is too long for a lead's key"),
        status: .contentTooLarge)
    } catch {
      return RecordPages.unreachable
    }
  }

  /// The report over stored learners, each with the resources they have done completed; a
  /// learner that no longer checks is left out.
  func report(_ learners: [CurrentLearner]) -> PopulationReport {
    let planner = RecordPlanner(pathway: rules.pathway)
    var report = PopulationReport()
    for current in learners {
      if let learner = try? planner.learner(current) {
        report.add(learner, plan: planner.pathway.plan(for: learner))
      }
    }
    return report
  }

  /// The report as a lead may see it.
  func suppressed(_ report: PopulationReport) -> SuppressedReport {
    SuppressedReport(report: report, threshold: suppressBelow)
  }
}
