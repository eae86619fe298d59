/// Populations: the learners of a file or folder, read against this rule set.
extension Pathway {
  /// The learners at a path: a JSON Lines file, a CSV file whose columns may name this
  /// framework's capabilities and the `ignoringColumns`, or a folder of learner files.
  public func learners(at path: String, ignoringColumns: [String] = []) throws(DiagnosticsError)
    -> LearnerSource
  {
    try LearnerSource(
      path: path, capabilities: framework.capabilities.map(\.id.value),
      ignoringColumns: ignoringColumns)
  }

  /// Reads one learner of a population and checks it against the framework and catalogue.
  public func learner(from entry: LearnerSource.Entry) throws(DiagnosticsError) -> Learner {
    switch entry.content {
    case .text(let bytes):
      return try learner(from: bytes, file: entry.file, firstLine: entry.line)
    case .row(let record, let columns):
      var (learner, diagnostics) = columns.learner(from: record)
      if let learner {
        diagnostics += Validator.problems(with: learner, in: compiled.project, known: known)
      }
      guard let learner, !diagnostics.hasErrors else {
        throw DiagnosticsError(diagnostics.presented())
      }
      return learner
    }
  }
}
