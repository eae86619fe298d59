import HTTPTypes
import Hummingbird
import Pathway
import PathwayStore

/// The pages of a saved record: "your plan" reached through a session, progress on its steps,
/// coming back with the resume key, signing out and deleting.
///
/// Every form that changes the record carries the session's CSRF token. With `--store none`
/// these pages send the learner to the start.
struct RecordPages: Sendable {
  let rules: RuleSetStore
  let records: RecordStore?
  let maximumBodyBytes: Int
  /// Seconds a session lasts without a request.
  let idleSeconds: Int64
  let secureCookies: Bool
  let metrics: ServiceMetrics?
  /// The most resources a learner may list as done.
  let maximumListedIDs: Int
  /// Days a record is kept without use; 0 for ever.
  let retainDays: Int
  /// Seconds since 1970, UTC.
  let now: @Sendable () -> Int64

  /// The methods each of these pages answers, for `405` and `Allow`.
  static var allowedMethods: [String: String] {
    var methods = [
      "/my-plan": "GET, HEAD", "/my-plan/print": "GET, HEAD", "/my-plan/why-not": "GET, HEAD",
      "/my-plan/progress": "POST", "/my-plan/delete": "GET, HEAD, POST",
      "/resume": "GET, HEAD, POST",
      "/sign-out": "POST", "/my-plan/reassess": "GET, HEAD, POST", "/my-plan/changes": "GET, HEAD",
      "/my-plan/history": "GET, HEAD", "/my-record.json": "GET, HEAD",
      "/my-record.csv": "GET, HEAD",
    ]
    for download in PlanPage.downloads { methods["/my-plan.\(download.extension)"] = "GET, HEAD" }
    return methods
  }

  /// Adds the routes.
  func add(to router: Router<BasicRequestContext>) {
    router.getAndHead("/my-plan") { request, _ in
      await planned(request) { page($0, $1, $2, request: request, isPrintView: false) }
    }
    router.getAndHead("/my-plan/print") { request, _ in
      await planned(request) { page($0, $1, $2, request: request, isPrintView: true) }
    }
    for download in PlanPage.downloads {
      router.getAndHead("/my-plan.\(download.extension)") { request, _ in
        await planned(request) { _, _, plan in
          PlanPage.download(
            plan, framework: rules.pathway.framework, format: download.format,
            extension: download.extension)
        }
      }
    }
    router.getAndHead("/my-plan/why-not") { request, _ in await whyNot(request) }
    router.getAndHead("/my-plan/reassess") { request, _ in await reassessment(request) }
    router.post("/my-plan/reassess") { request, _ in await reassess(request) }
    router.getAndHead("/my-plan/changes") { request, _ in await changes(request) }
    router.getAndHead("/my-plan/history") { request, _ in await history(request) }
    router.getAndHead("/my-record.json") { request, _ in
      await planned(request) { record, _, _ in
        guard let learner = try? RecordPlanner(pathway: rules.pathway).learner(record) else {
          return Reply.redirect(to: "/my-plan")
        }
        return downloads.json(record, learner: learner)
      }
    }
    router.getAndHead("/my-record.csv") { request, _ in
      await signedIn(request) { session, store in
        guard let record = try await store.record(session.record) else {
          return Reply.redirect(to: "/")
        }
        return downloads.learningLog(record)
      }
    }
    router.post("/my-plan/progress") { request, _ in await progress(request) }
    router.getAndHead("/my-plan/delete") { request, _ in
      await signedIn(request) { session, _ in Reply.page(RecordMessagePages.confirmDelete(session))
      }
    }
    router.post("/my-plan/delete") { request, _ in
      await changing(request) { _, session, store in
        try await store.deleteRecord(session.record)
        return Self.clearingSession(
          RecordMessagePages.done(
            "Your record is deleted",
            "Your answers, history and progress are gone. Nothing of them is kept."))
      }
    }
    router.post("/sign-out") { request, _ in
      await changing(request) { _, session, store in
        try await sessions(store).end(session)
        return Self.clearingSession(
          RecordMessagePages.done(
            "You have signed out",
            "Your plan is saved. To come back to it, use your resume key."))
      }
    }
    router.getAndHead("/resume") { _, _ in
      records == nil ? Reply.redirect(to: "/") : Reply.page(RecordMessagePages.resume())
    }
    router.post("/resume") { request, _ in await resume(request) }
    router.getAndHead("/privacy") { _, _ in
      Reply.page(
        PrivacyPage(
          keepsRecords: records != nil, sessionIdleMinutes: Int(idleSeconds / 60),
          retainDays: retainDays
        ).html)
    }
  }

  // MARK: Saving

  /// Saves a checked learner's answers as a new record and starts its session: "your plan",
  /// with the resume key shown there once.
  func save(_ answers: LearnerAnswers, _ learner: Learner) async -> Response {
    guard let records else { return Reply.redirect(to: "/") }
    do {
      let text = Self.stored(answers)
      let (id, key) = (Secret.identifier(), ReadableKey.make())
      try await records.createRecord(
        id: id, keyHash: Secret.hash(key), organisation: learner.organisation,
        staffGroup: learner.staffGroup, learner: text,
        at: now())
      let signIn = sessions(records)
      guard let cookie = try await signIn.start(record: id) else { return Self.unreachable }
      var response = Reply.redirect(to: "/my-plan")
      response.headers.append(HTTPField(name: .setCookie, value: cookie))
      response.headers.append(
        HTTPField(
          name: .setCookie, value: signIn.cookie(Sessions.newKeyCookieName, key, maxAge: 600)))
      return response
    } catch {
      return Self.unreachable
    }
  }

  // MARK: Routes

  private func page(
    _ record: StoredRecord, _ session: Sessions.Session, _ plan: Plan, request: Request,
    isPrintView: Bool
  ) -> Response {
    let pathway = rules.pathway
    let newKey = isPrintView ? nil : Sessions.cookie(Sessions.newKeyCookieName, in: request)
    let notice = FormFields(query: request.uri.query).first(RecordPlanControls.noticeField)
    let controls = RecordPlanControls(
      resources: pathway.resources, plan: plan, record: record, session: session,
      newKey: newKey.flatMap { $0.isEmpty ? nil : $0 },
      notice: isPrintView ? nil : notice.flatMap(RecordPlanControls.Notice.init))
    var response = Reply.page(
      PlanPage(
        framework: pathway.framework, plan: plan, isPrintView: isPrintView,
        controls: controls.controls
      ).html)
    if newKey != nil {
      response.headers.append(
        HTTPField(name: .setCookie, value: Sessions.clearing(Sessions.newKeyCookieName)))
    }
    return response
  }

  private func whyNot(_ request: Request) async -> Response {
    await signedIn(request) { session, store in
      guard let record = try await store.record(session.record) else {
        return Reply.redirect(to: "/")
      }
      let pathway = rules.pathway
      guard let learner = try? RecordPlanner(pathway: pathway).learner(record) else {
        return Reply.redirect(to: "/my-plan")
      }
      let back: HTML = "<p><a href=\"/my-plan\">Back to your plan</a></p>"
      let id = FormFields(query: request.uri.query).first("resource") ?? ""
      guard let explanation = pathway.explain(id, for: learner) else {
        return WhyNotPage.notFound(back: back)
      }
      return Reply.page(
        WhyNotPage(framework: pathway.framework, explanation: explanation, back: back).html)
    }
  }

  private func progress(_ request: Request) async -> Response {
    await changing(request) { fields, session, store in
      let resource = fields.first("resource") ?? ""
      let status = fields.first("status") ?? ""
      let known = RecordPlanner(pathway: rules.pathway).resourceIDs.contains(resource)
      switch status {
      case "undo":
        _ = try await store.removeProgress(record: session.record, resource: resource, at: now())
      case _ where RecordsAPI.statuses.contains(status) && known:
        _ = try await store.setProgress(
          record: session.record, resource: resource, status: status, at: now())
      default:
        return Reply.page(
          RecordMessagePages.done(
            "That step is not in the catalogue", "Nothing was changed. Go back to your plan."),
          status: .badRequest)
      }
      return Reply.redirect(to: "/my-plan?\(RecordPlanControls.noticeField)=\(status)#progress")
    }
  }

  private func resume(_ request: Request) async -> Response {
    guard let records else { return Reply.redirect(to: "/") }
    do {
      let body = try await RecordsAPI.body(of: request, upTo: maximumBodyBytes)
      let typed = (FormFields(query: String(decoding: body, as: UTF8.self)).first("key") ?? "")
        .trimmingCharacters(in: .whitespacesAndNewlines)
      guard let id = try await recordID(typed: typed, records),
        let cookie = try await sessions(records).start(record: id)
      else {
        return Reply.page(
          RecordMessagePages.resume(
            error: "That key does not match a saved plan. Check it and try again"),
          status: .notFound)
      }
      var response = Reply.redirect(to: "/my-plan")
      response.headers.append(HTTPField(name: .setCookie, value: cookie))
      return response
    } catch RecordsError.tooLarge {
      return Reply.page(RecordMessagePages.resume(error: "That is too long for a resume key"))
    } catch {
      return Self.unreachable
    }
  }

  // MARK: Shared steps

  /// The record a typed key opens: as typed (a key the API gave), or read as a readable key
  /// (the pages' keys, typed with other spaces, hyphens or small letters).
  private func recordID(typed: String, _ records: RecordStore) async throws -> String? {
    for key in [typed, ReadableKey.normalised(typed)].compactMap({ $0 }) where !key.isEmpty {
      if let id = try await records.recordID(keyHash: Secret.hash(key)) { return id }
    }
    return nil
  }

  private var downloads: RecordDownloads {
    RecordDownloads(planner: RecordPlanner(pathway: rules.pathway))
  }

  /// Checked answers as the store keeps them.
  static func stored(_ answers: LearnerAnswers) -> String {
    StoredLearner.text(StoredLearner.members(answers.learnerDocument().bytes) ?? [:])
  }

  private func sessions(_ store: RecordStore) -> Sessions {
    Sessions(store: store, idleSeconds: idleSeconds, secureCookies: secureCookies, now: now)
  }

  /// The route's answer for a request with a live session; the start without a store, the
  /// resume page without a session, and a 503 page when the store cannot be reached.
  func signedIn(
    _ request: Request,
    _ body: (Sessions.Session, RecordStore) async throws -> Response
  ) async -> Response {
    guard let records else { return Reply.redirect(to: "/") }
    do {
      guard let session = try await sessions(records).current(request) else {
        return Reply.redirect(to: "/resume")
      }
      return try await body(session, records)
    } catch RecordsError.tooLarge {
      return Reply.page(
        RecordMessagePages.done("The request is too large", "Nothing was changed."),
        status: .contentTooLarge)
    } catch {
      return Self.unreachable
    }
  }

  /// A signed-in route that changes something: its form's CSRF token checked first (403).
  func changing(
    _ request: Request,
    _ body: (FormFields, Sessions.Session, RecordStore) async throws -> Response
  ) async -> Response {
    await signedIn(request) { session, store in
      let sent = try await RecordsAPI.body(of: request, upTo: maximumBodyBytes)
      let fields = FormFields(query: String(decoding: sent, as: UTF8.self))
      guard CSRF.isValid(fields, for: session) else { return CSRF.refusal }
      return try await body(fields, session, store)
    }
  }

  /// A signed-in route over the record's plan as it is now.
  func planned(
    _ request: Request,
    _ body: (StoredRecord, Sessions.Session, Plan) async throws -> Response
  ) async -> Response {
    await signedIn(request) { session, store in
      guard let record = try await store.record(session.record) else {
        return Reply.redirect(to: "/")
      }
      let pathway = rules.pathway
      guard let learner = try? RecordPlanner(pathway: pathway).learner(record) else {
        return Reply.page(
          RecordMessagePages.done(
            "Your plan cannot be made", "Your saved answers no longer fit this service's rules."),
          status: .conflict)
      }
      metrics?.planMade()
      return try await body(record, session, pathway.plan(for: learner, advising: true))
    }
  }

  /// A page that also removes the session's cookie.
  private static func clearingSession(_ html: HTML) -> Response {
    var response = Reply.page(html)
    response.headers.append(
      HTTPField(name: .setCookie, value: Sessions.clearing(Sessions.cookieName)))
    return response
  }

  static var unreachable: Response {
    Reply.page(RecordMessagePages.unreachable, status: .serviceUnavailable)
  }
}
