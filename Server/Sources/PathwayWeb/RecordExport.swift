import PathwayStore

/// A stored learner made fit to leave the store for an organisation's rule authors.
public enum RecordExport {
  /// The learner on one line with a fresh random `id`, so that no export can be joined to another
  /// or to a record.
  public static func pseudonymised(_ stored: String) -> String {
    var members = StoredLearner.members(Array(stored.utf8)) ?? [:]
    members["id"] = .string("learner-" + Secret.identifier())
    return StoredLearner.text(members)
  }
}
