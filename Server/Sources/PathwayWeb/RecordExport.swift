import PathwayStore

/// A stored learner made fit to leave the store for an organisation's rule authors.
public enum RecordExport {
  /// The learner on one line with the resources done among its completed ones and a fresh random
  /// `id`, so that no export can be joined to another or to a record.
  public static func pseudonymised(_ current: CurrentLearner) -> String {
    var members = StoredLearner.members(Array(current.learner.utf8)) ?? [:]
    var completed: [StoredLearner.Value] = []
    if case .array(let listed) = members["completed"] { completed = listed }
    completed += current.done.map(StoredLearner.Value.string).filter { !completed.contains($0) }
    if !completed.isEmpty { members["completed"] = .array(completed) }
    members["id"] = .string("learner-" + Secret.identifier())
    return StoredLearner.text(members)
  }
}
