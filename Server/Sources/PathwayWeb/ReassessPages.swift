import HTTPTypes
import Hummingbird
import Pathway
import PathwayStore

/// Reassessing a saved record: the self-assessment filled with the answers of last time, saved
/// as a new assessment (the old kept in the history), then what changed.
extension RecordPages {
  /// The self-assessment, filled with the record's current answers.
  func reassessment(_ request: Request) async -> Response {
    await signedIn(request) { session, store in
      guard let record = try await store.record(session.record),
        let current = record.assessments.last
      else { return Reply.redirect(to: "/") }
      guard
        let learner = try? RecordPlanner(pathway: rules.pathway).learner(
          CurrentLearner(learner: current.learner, done: []))
      else { return Reply.redirect(to: "/my-plan") }
      return reassessmentPage(Self.reassessable(LearnerAnswers(learner)), session: session)
    }
  }

  /// A reassessment sent: a search of the catalogue shows the form again; answers that check
  /// are kept as the current assessment, and the learner goes on to what changed.
  func reassess(_ request: Request) async -> Response {
    await changing(request) { fields, session, store in
      let answers = Self.reassessable(LearnerAnswers(fields))
      if fields.first(AssessmentPage.searchingField) != nil {
        return reassessmentPage(
          answers, session: session, search: fields.first(AssessmentPage.searchField) ?? "")
      }
      guard answers.completed.count <= maximumListedIDs else {
        let message = "List at most \(maximumListedIDs) resources as done"
        return reassessmentPage(
          answers, session: session,
          errors: [FieldError(field: LearnerAnswers.Field.completed, message: message)])
      }
      let (learner, errors) = answers.checked(with: rules.pathway)
      guard learner != nil else {
        return reassessmentPage(answers, session: session, errors: errors)
      }
      guard let record = try await store.record(session.record),
        try await store.addAssessment(
          record: session.record, learner: Self.stored(answers, keepingMembershipOf: record),
          at: now())
      else { return Reply.redirect(to: "/") }
      return Reply.redirect(to: "/my-plan/changes")
    }
  }

  /// What the latest reassessment changed: levels, and the steps of the plan it brings and
  /// drops (both planned with the progress of today).
  func changes(_ request: Request) async -> Response {
    await signedIn(request) { session, store in
      guard let record = try await store.record(session.record) else {
        return Reply.redirect(to: "/")
      }
      let planner = RecordPlanner(pathway: rules.pathway)
      let done = record.progress.filter { $0.status == "done" }.map(\.resource)
      let learners = record.assessments.suffix(2).map {
        try? planner.learner(CurrentLearner(learner: $0.learner, done: done))
      }
      guard learners.count == 2, let old = learners.first ?? nil, let new = learners.last ?? nil
      else { return Reply.redirect(to: "/my-plan") }
      let pathway = rules.pathway
      return Reply.page(
        RecordHistoryPages(framework: pathway.framework).changes(
          planner.levelChanges(from: old, to: new), from: pathway.plan(for: old),
          to: pathway.plan(for: new)))
    }
  }

  /// Every assessment of the record with its date and what it changed.
  func history(_ request: Request) async -> Response {
    await signedIn(request) { session, store in
      guard let record = try await store.record(session.record) else {
        return Reply.redirect(to: "/")
      }
      let planner = RecordPlanner(pathway: rules.pathway)
      let learners = record.assessments.map {
        try? planner.learner(CurrentLearner(learner: $0.learner, done: []))
      }
      let entries = record.assessments.indices.map { index in
        let previous = index > 0 ? learners[index - 1] : nil
        let changes = both(previous, learners[index]).map { planner.levelChanges(from: $0, to: $1) }
        return RecordHistoryPages.Entry(at: record.assessments[index].at, changes: changes)
      }
      return Reply.page(RecordHistoryPages(framework: rules.pathway.framework).history(entries))
    }
  }

  /// The answers a reassessment takes: the organisation and staff group stay as the record
  /// joined them, whatever a form sends.
  private static func reassessable(_ answers: LearnerAnswers) -> LearnerAnswers {
    var answers = answers
    (answers.organisation, answers.joinCode, answers.staffGroup) = ("", "", "")
    return answers
  }

  /// New answers as the store keeps them, with the organisation and staff group of the
  /// record's current assessment.
  private static func stored(_ answers: LearnerAnswers, keepingMembershipOf record: StoredRecord)
    -> String
  {
    let current = StoredLearner.members(Array((record.assessments.last?.learner ?? "{}").utf8))
    let kept = (current ?? [:]).filter { ["organisation", "staffGroup"].contains($0.key) }
    let new = StoredLearner.members(answers.learnerDocument().bytes) ?? [:]
    return StoredLearner.text(new.merging(kept) { _, old in old })
  }

  private func reassessmentPage(
    _ answers: LearnerAnswers, session: Sessions.Session, errors: [FieldError] = [],
    search: String = ""
  ) -> Response {
    let pathway = rules.pathway
    var page = AssessmentPage(
      framework: pathway.framework, resources: pathway.resources, answers: answers,
      errors: errors, search: search)
    page.submission = AssessmentPage.Submission(
      action: "/my-plan/reassess", searchAction: "/my-plan/reassess",
      label: "Save and see what changed", carried: CSRF.input(session), canChangeRole: false)
    return Reply.page(page.html, status: errors.isEmpty ? .ok : .badRequest)
  }
}

/// Both values, when both are there.
private func both<A, B>(_ first: A?, _ second: B?) -> (A, B)? {
  guard let first, let second else { return nil }
  return (first, second)
}
