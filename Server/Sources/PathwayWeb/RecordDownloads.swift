import Hummingbird
import Pathway
import PathwayStore

/// What a learner can take away of their own record: all of it as JSON (what
/// `GET /api/records/ID` answers), and a learning log of what they have done, for NMC
/// revalidation or GMC appraisal.
struct RecordDownloads {
  let planner: RecordPlanner

  /// The columns of the learning log.
  static let logHeader = ["date", "title", "provider", "format", "minutes", "url", "recorded"]

  /// The whole record as JSON.
  func json(_ record: StoredRecord, learner: Learner) -> Response {
    Reply.download(
      planner.json(record, learner: learner).serialized(pretty: true) + "\n",
      type: "application/json; charset=utf-8", filename: "pathway-record.json")
  }

  /// What the learner has done, oldest first: the day (in UTC), what each was, how long it
  /// took, and how it was recorded.
  ///
  /// A resource marked done has the day it was marked; one the learner listed as already done
  /// when rating themselves has the day of that assessment. A resource that has left the
  /// catalogue keeps its row, without details.
  func learningLog(_ record: StoredRecord) -> Response {
    let resources = Dictionary(planner.pathway.resources.map { ($0.id.value, $0) }) { first, _ in
      first
    }
    var done: [(at: Int64, resource: String, recorded: String)] = record.progress
      .filter { $0.status == "done" }.map { ($0.at, $0.resource, "marked as done") }
    var seen = Set(done.map(\.resource))
    for assessment in record.assessments {
      guard
        case .array(let listed) = StoredLearner.members(Array(assessment.learner.utf8))?[
          "completed"]
      else { continue }
      for case .string(let resource) in listed where seen.insert(resource).inserted {
        done.append((assessment.at, resource, "listed as done when rating yourself"))
      }
    }
    let rows = done.sorted { ($0.at, $0.resource) < ($1.at, $1.resource) }.map {
      entry -> [String] in
      let day = String(RecordPlanner.timestamp(entry.at).prefix(10))
      guard let resource = resources[entry.resource] else {
        return [day, "A resource no longer in the catalogue", "", "", "", "", entry.recorded]
      }
      return [
        day, resource.title, resource.provider, resource.format, String(resource.minutes.value),
        resource.url.value, entry.recorded,
      ]
    }
    return Reply.download(
      CSVFormat.table([Self.logHeader] + rows), type: "text/csv; charset=utf-8",
      filename: "pathway-learning-log.csv")
  }
}
