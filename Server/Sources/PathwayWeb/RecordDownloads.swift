import Hummingbird
import Pathway
import PathwayStore

/// What a learner can take away of their own record: all of it as JSON (what
/// `GET /api/records/ID` answers), and a learning log of what they have done, for NMC
/// revalidation or GMC appraisal.
struct RecordDownloads {
  let planner: RecordPlanner

  /// The columns of the learning log.
  static let logHeader = ["date", "title", "provider", "format", "minutes", "url"]

  /// The whole record as JSON.
  func json(_ record: StoredRecord, learner: Learner) -> Response {
    Reply.download(
      planner.json(record, learner: learner).serialized(pretty: true) + "\n",
      type: "application/json; charset=utf-8", filename: "pathway-record.json")
  }

  /// The resources marked done, oldest first: the day (in UTC), what each was, how long it took.
  ///
  /// A resource that has left the catalogue keeps its row, without details.
  func learningLog(_ record: StoredRecord) -> Response {
    let resources = Dictionary(planner.pathway.resources.map { ($0.id.value, $0) }) { first, _ in
      first
    }
    let done = record.progress.filter { $0.status == "done" }.sorted {
      ($0.at, $0.resource) < ($1.at, $1.resource)
    }
    let rows = done.map { entry -> [String] in
      let day = String(RecordPlanner.timestamp(entry.at).prefix(10))
      guard let resource = resources[entry.resource] else {
        return [day, "A resource no longer in the catalogue", "", "", "", ""]
      }
      return [
        day, resource.title, resource.provider, resource.format, String(resource.minutes.value),
        resource.url.value,
      ]
    }
    return Reply.download(
      CSVFormat.table([Self.logHeader] + rows), type: "text/csv; charset=utf-8",
      filename: "pathway-learning-log.csv")
  }
}
