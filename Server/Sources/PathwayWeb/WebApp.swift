import Foundation
import Hummingbird
import Logging
import Pathway
import PathwayStore

/// The pages and the API over a rule set: every route, and how each answers.
public struct WebApp: Sendable {
  /// The rule set in use, swapped whole on reload.
  public let store: RuleSetStore
  /// The largest request body read; a larger one is refused before it is read.
  public var maximumBodyBytes: Int
  /// The most resources a learner may list as done (`done`, `completed`); more are refused
  /// before anything is checked or planned.
  public var maximumListedIDs = Self.defaultMaximumListedIDs

  /// The listed resources allowed unless told: far more than the catalogue holds.
  public static let defaultMaximumListedIDs = 1_000
  /// The metrics `/metrics` answers with; nil for no metrics and no such route.
  public var metrics: ServiceMetrics?
  /// Where learners' records are kept; nil keeps none.
  public var records: RecordStore?
  /// In a lead's report, counts below this are hidden.
  public var suppressBelow: Int
  /// Minutes a learner's session lasts without a request.
  public var sessionIdleMinutes = 30
  /// Days a record is kept without use, as the privacy page tells learners; 0 for ever.
  public var retainDays = 730
  /// Whether session cookies carry `Secure` (set it behind TLS).
  public var secureCookies = false
  /// Seconds since 1970, UTC: the clock records and sessions are dated by.
  public var now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }

  /// The routes over a store, refusing bodies over a limit (64 KiB unless told).
  public init(
    store: RuleSetStore, maximumBodyBytes: Int = 64 * 1024, metrics: ServiceMetrics? = nil,
    records: RecordStore? = nil, suppressBelow: Int = 5
  ) {
    self.store = store
    self.maximumBodyBytes = maximumBodyBytes
    self.metrics = metrics
    self.records = records
    self.suppressBelow = suppressBelow
  }

  /// Every route, behind the middleware that logs each request, answers errors in the right
  /// form and sets the security headers.
  public func router() -> Router<BasicRequestContext> {
    let router = Router()
    if let metrics {
      router.add(middleware: MetricsMiddleware())
      router.get("/metrics") { _, _ in
        Reply.text(metrics.text(), type: "text/plain; version=0.0.4; charset=utf-8")
      }
    }
    router.add(middleware: ServiceMiddleware(allowedMethods: Self.allowedMethods))
    func get(
      _ path: RouterPath,
      _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
    ) {
      router.getAndHead(path, handler)
    }
    // A page's form, its fields read from the body.
    func post(_ path: RouterPath, _ handler: @escaping @Sendable (FormFields) async -> Response) {
      router.post(path) { request, _ in
        guard let fields = try? await FormFields(body: request, upTo: maximumBodyBytes) else {
          return tooLargePage()
        }
        return await handler(fields)
      }
    }
    // The answers travel only in POST bodies: an address that still carries them (an old
    // link or bookmark) goes to the start.
    for path in ["/assess", "/plan", "/plan/print", "/why-not"] + Self.downloadPaths {
      get(RouterPath(path)) { _, _ in Reply.redirect(to: "/") }
    }
    get("/") { _, _ in startPage(FormFields(query: nil)) }
    post("/") { startPage($0) }
    post("/assess") { assessmentPage($0) }
    post("/plan") { await submit($0) }
    post("/plan/print") { planPage($0, isPrintView: true) }
    for download in PlanPage.downloads {
      post("/plan.\(download.extension)") {
        planDownload($0, format: download.format, extension: download.extension)
      }
    }
    post("/why-not") { whyNotPage($0) }
    recordPages.add(to: router)
    get(RouterPath(Stylesheet.path)) { _, _ in
      Reply.text(Stylesheet.css, type: "text/css; charset=utf-8", cache: "public, max-age=3600")
    }
    get(RouterPath(Stylesheet.iconPath)) { _, _ in
      Reply.text(Stylesheet.icon, type: "image/svg+xml", cache: "public, max-age=86400")
    }
    get("/favicon.ico") { _, _ in Reply.redirect(to: Stylesheet.iconPath) }
    router.post("/api/plan") { request, _ in await planAPI(request) }
    get("/api/explain") { request, _ in explainAPI(request) }
    router.post("/api/explain") { request, _ in await explainAPI(posted: request) }
    get("/api/framework") { _, _ in
      Reply.json(CatalogueJSON.framework(store.pathway.framework))
    }
    get("/api/resources") { _, _ in
      Reply.json(CatalogueJSON.resources(store.pathway.resources))
    }
    RecordsAPI(rules: store, records: records, maximumBodyBytes: maximumBodyBytes, now: now)
      .add(to: router)
    LeadReport(rules: store, records: records, suppressBelow: suppressBelow).add(to: router)
    get("/healthz") { _, _ in await health() }
    get("/openapi.json") { _, _ in
      Reply.text(
        OpenAPIDocument.json(maximumBodyBytes: maximumBodyBytes),
        type: "application/json; charset=utf-8")
    }
    return router
  }

  /// The methods each route answers, for `405 Method Not Allowed` and its `Allow` header.
  static let allowedMethods: [String: String] = {
    let forms = ["/", "/assess", "/plan", "/plan/print", "/why-not"] + downloadPaths
    let paths = [
      Stylesheet.path, Stylesheet.iconPath, "/favicon.ico", "/api/explain", "/api/framework",
      "/api/resources", "/healthz", "/openapi.json", "/privacy",
    ]
    var methods = Dictionary(uniqueKeysWithValues: paths.map { ($0, "GET, HEAD") })
    for path in forms { methods[path] = "GET, HEAD, POST" }
    methods["/api/plan"] = "POST"
    methods["/api/explain"] = "GET, HEAD, POST"
    return methods.merging(RecordPages.allowedMethods) { old, _ in old }
      .merging(LeadReport.allowedMethods) { old, _ in old }
  }()

  /// The paths of the plan's downloads made from answers.
  private static let downloadPaths = PlanPage.downloads.map { "/plan.\($0.extension)" }

  /// The pages of saved records, over the same store and clock.
  private var recordPages: RecordPages {
    RecordPages(
      rules: store, records: records, maximumBodyBytes: maximumBodyBytes,
      idleSeconds: Int64(sessionIdleMinutes) * 60, secureCookies: secureCookies,
      metrics: metrics, maximumListedIDs: maximumListedIDs, retainDays: retainDays, now: now)
  }

  /// Refuses answers that list more resources as done than allowed, before any checking.
  private func tooManyListed(_ count: Int) -> String? {
    guard count > maximumListedIDs else { return nil }
    return "\(count) resources are listed as done; at most \(maximumListedIDs) can be"
  }

  // MARK: Pages

  private func startPage(_ fields: FormFields) -> Response {
    let pathway = store.pathway
    return Reply.page(
      StartPage(
        framework: pathway.framework, professions: professions(pathway),
        answers: LearnerAnswers(fields), errors: [], keepsRecords: records != nil
      ).html)
  }

  private func assessmentPage(_ fields: FormFields) -> Response {
    let pathway = store.pathway
    let answers = LearnerAnswers(fields)
    let errors = answers.identityErrors
    guard errors.isEmpty else { return rejectIdentity(answers, errors, pathway) }
    return Reply.page(
      AssessmentPage(
        framework: pathway.framework, resources: pathway.resources, answers: answers, errors: [],
        search: fields.first(AssessmentPage.searchField) ?? ""
      ).html)
  }

  /// The submitted assessment: saved as a record with "your plan" to go to, or, keeping no
  /// records, the plan itself.
  private func submit(_ fields: FormFields) async -> Response {
    let answers = LearnerAnswers(fields)
    switch checkedLearner(answers, store.pathway) {
    case .failure(let failure): return failure.response
    case .success(let learner):
      guard let records else { return planPage(fields, isPrintView: false) }
      if let organisation = learner.organisation {
        do {
          guard try await RecordsAPI.joins(organisation, code: answers.joinCode, records) else {
            let message =
              "That join code is not your organisation's: check both codes with your workforce lead"
            return rejectIdentity(
              answers, [FieldError(field: LearnerAnswers.Field.join, message: message)],
              store.pathway)
          }
        } catch {
          return RecordPages.unreachable
        }
      }
      return await recordPages.save(answers, learner)
    }
  }

  private func planPage(_ fields: FormFields, isPrintView: Bool) -> Response {
    let pathway = store.pathway
    let answers = LearnerAnswers(fields)
    switch checkedLearner(answers, pathway) {
    case .failure(let failure): return failure.response
    case .success(let learner):
      return Reply.page(
        PlanPage(
          framework: pathway.framework, plan: plan(pathway, learner), isPrintView: isPrintView,
          controls: .carrying(answers, resources: pathway.resources)
        ).html)
    }
  }

  private func planDownload(_ fields: FormFields, format: PlanFormat, extension: String)
    -> Response
  {
    let pathway = store.pathway
    switch checkedLearner(LearnerAnswers(fields), pathway) {
    case .failure(let failure): return failure.response
    case .success(let learner):
      return PlanPage.download(
        plan(pathway, learner), framework: pathway.framework, format: format,
        extension: `extension`)
    }
  }

  /// A learner's plan, counted in the metrics.
  private func plan(_ pathway: Pathway, _ learner: Learner, budget: Int? = nil) -> Plan {
    metrics?.planMade()
    return pathway.plan(for: learner, budget: budget, advising: true)
  }

  private func whyNotPage(_ fields: FormFields) -> Response {
    let pathway = store.pathway
    let answers = LearnerAnswers(fields)
    switch checkedLearner(answers, pathway) {
    case .failure(let failure): return failure.response
    case .success(let learner):
      let back: HTML = """
        <form method="post" action="/plan" novalidate>
        \(hiddenInputs(answers.fields))
        <button class="button button-secondary" type="submit">Back to your plan</button>
        </form>
        """
      guard let explanation = pathway.explain(fields.first("resource") ?? "", for: learner) else {
        return WhyNotPage.notFound(back: back)
      }
      return Reply.page(
        WhyNotPage(framework: pathway.framework, explanation: explanation, back: back).html)
    }
  }

  /// A short page for a form too large to read.
  private func tooLargePage() -> Response {
    Reply.page(
      RecordMessagePages.done("The request is too large", "Nothing was read."),
      status: .contentTooLarge)
  }

  /// The learner the answers describe; or the page that shows what to fix, with status 400.
  private func checkedLearner(_ answers: LearnerAnswers, _ pathway: Pathway) -> Result<
    Learner, ResponseFailure
  > {
    if let message = tooManyListed(answers.completed.count) {
      return .failure(ResponseFailure(tooManyListedPage(message)))
    }
    let (learner, errors) = answers.checked(with: pathway)
    if let learner { return .success(learner) }
    let identity = errors.filter { LearnerAnswers.Field.identity.contains($0.field) }
    guard identity.isEmpty else {
      return .failure(ResponseFailure(rejectIdentity(answers, identity, pathway)))
    }
    return .failure(
      ResponseFailure(
        Reply.page(
          AssessmentPage(
            framework: pathway.framework, resources: pathway.resources, answers: answers,
            errors: errors, search: ""
          ).html, status: .badRequest)))
  }

  /// A short page saying too many resources were listed, without echoing them back.
  private func tooManyListedPage(_ message: String) -> Response {
    Reply.page(
      Page(
        title: "Too many resources listed",
        main: """
          <h1>Too many resources listed</h1>
          <p>\(message).</p>
          <p><a href="/">Start again</a></p>
          """
      ).html, status: .badRequest)
  }

  private func rejectIdentity(_ answers: LearnerAnswers, _ errors: [FieldError], _ pathway: Pathway)
    -> Response
  {
    Reply.page(
      StartPage(
        framework: pathway.framework, professions: professions(pathway),
        answers: answers, errors: errors, keepsRecords: records != nil
      ).html, status: .badRequest)
  }

  /// The professions the rules name, then the common ones, each once.
  private func professions(_ pathway: Pathway) -> [String] {
    let named = Set(pathway.rules.flatMap { $0.condition?.professions ?? [] }).sorted()
    return named + StartPage.commonProfessions.filter { !named.contains($0) }
  }

  // MARK: API

  private func planAPI(_ request: Request) async -> Response {
    let pathway = store.pathway
    let fields = FormFields(query: request.uri.query)
    var budget: Int?
    if let text = fields.first("budget") {
      guard let minutes = Int(text), minutes > 0 else {
        return Reply.diagnostics([
          .invalidValue(
            text, for: "budget", at: .input("budget"),
            help: "give a whole number of minutes above 0, or leave `budget` out")
        ])
      }
      budget = minutes
    }
    switch await sentLearner(request, pathway) {
    case .failure(let failure): return failure.response
    case .success(let learner): return Reply.json(plan(pathway, learner, budget: budget).json)
    }
  }

  /// `POST /api/explain?resource=ID`: the learner in the body, as `POST /api/plan` takes it.
  private func explainAPI(posted request: Request) async -> Response {
    let pathway = store.pathway
    switch await sentLearner(request, pathway) {
    case .failure(let failure): return failure.response
    case .success(let learner):
      return explanation(FormFields(query: request.uri.query).first("resource") ?? "", learner)
    }
  }

  /// The learner a request's body holds, read up to the limit and checked; or the response that
  /// says what is wrong with it.
  private func sentLearner(_ request: Request, _ pathway: Pathway) async -> Result<
    Learner, ResponseFailure
  > {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maximumBodyBytes
    {
      return .failure(ResponseFailure(tooLarge()))
    }
    let body: [UInt8]
    do {
      var buffer = try await request.body.collect(upTo: maximumBodyBytes)
      body = buffer.readBytes(length: buffer.readableBytes) ?? []
    } catch let error as HTTPError where error.status == .contentTooLarge {
      return .failure(ResponseFailure(tooLarge()))
    } catch {
      // A bad chunk size, a connection that ends mid-body: not "too large", just unreadable.
      return .failure(
        ResponseFailure(
          Reply.diagnostics([.bodyUnreadable])))
    }
    let learner: Learner
    do throws(DiagnosticsError) {
      learner = try pathway.learner(from: body, file: "request body")
    } catch {
      return .failure(ResponseFailure(Reply.diagnostics(error.diagnostics)))
    }
    if let message = tooManyListed(learner.completed.count) {
      return .failure(
        ResponseFailure(
          Reply.diagnostics([.tooManyListed(message, at: learner.location)])))
    }
    return .success(learner)
  }

  private func tooLarge() -> Response {
    Reply.diagnostics([.bodyTooLarge(limit: maximumBodyBytes)], status: .contentTooLarge)
  }

  /// `GET /api/explain`: the answers in the query, as the pages once carried them; deprecated for
  /// `POST`, since an address is kept in logs and histories.
  private func explainAPI(_ request: Request) -> Response {
    let pathway = store.pathway
    let fields = FormFields(query: request.uri.query)
    let answers = LearnerAnswers(fields)
    if let message = tooManyListed(answers.completed.count) {
      return Reply.diagnostics([.tooManyListed(message, at: .input("done"))])
    }
    let (learner, errors) = answers.checked(with: pathway)
    guard let learner else {
      return Reply.diagnostics(errors.map { .invalidAnswer($0.message, field: $0.field) })
    }
    return explanation(fields.first("resource") ?? "", learner)
  }

  /// A resource explained for a learner, as JSON; a 404 with "did you mean" for an unknown id.
  private func explanation(_ id: String, _ learner: Learner) -> Response {
    let pathway = store.pathway
    guard let explanation = pathway.explain(id, for: learner) else {
      return Reply.json(
        .object([
          ("error", .string("no resource has the id `\(id)`")),
          ("suggestion", pathway.suggestion(forResource: id).map(JSON.string) ?? .null),
        ]), status: .notFound)
    }
    return Reply.json(explanation.json)
  }

  private func health() async -> Response {
    let pathway = store.pathway
    let reachable = await records?.isReachable() ?? true
    return Reply.json(
      .object([
        ("status", .string(reachable ? "ok" : "the record store cannot be reached")),
        ("framework", .string(pathway.framework.id)),
        ("resources", .int(pathway.resources.count)),
        ("rules", .int(pathway.rules.count)),
        ("inputs", .string(pathway.provenance.inputs)),
      ]), status: reachable ? .ok : .serviceUnavailable)
  }
}

/// A response that ends a request early, carried as a failure.
struct ResponseFailure: Error {
  let response: Response
  init(_ response: Response) { self.response = response }
}

extension Router<BasicRequestContext> {
  /// A GET route that answers HEAD too (the middleware drops the body).
  func getAndHead(
    _ path: RouterPath,
    _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
  ) {
    get(path, use: handler)
    head(path, use: handler)
  }
}

extension Diagnostic {
  /// A request body that ended early or was sent with a broken chunk size.
  static let bodyUnreadable = Diagnostic(
    .unreadableFile, "the body could not be read", at: .file("request body"),
    help: "send the whole learner, with a correct Content-Length or chunked encoding")

  /// A request body over the server's limit, refused unread.
  static func bodyTooLarge(limit: Int) -> Diagnostic {
    Diagnostic(
      .fileTooLarge, "the body is over \(limit) bytes and was not read", at: .file("request body"),
      help: "send one learner a request")
  }

  /// More resources listed as done than the server plans with.
  static func tooManyListed(_ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(.tooManyEntries, message, at: location, help: "list fewer resources")
  }

  /// An answer in a query that the form's own checks refuse, at its field.
  static func invalidAnswer(_ message: String, field: String) -> Diagnostic {
    Diagnostic(.invalidValue, message, at: .input(field))
  }
}
