import Foundation
import Hummingbird
import Pathway
import PathwayStore

/// The records API: learners' records kept in the store, each reached with its own key.
///
/// The key travels as `Authorization: Bearer KEY` and is checked before anything else; a record
/// that does not exist and a key that does not match get the same 404.
struct RecordsAPI: Sendable {
  let rules: RuleSetStore
  let records: RecordStore?
  let maximumBodyBytes: Int
  /// Seconds since 1970, UTC.
  let now: @Sendable () -> Int64

  /// The statuses a learner can give a resource.
  static let statuses: Set = ["started", "done"]

  /// Adds the routes under `/api/records`.
  func add(to router: Router<BasicRequestContext>) {
    router.post("/api/records") { request, _ in await guarded { try await create(request) } }
    router.get("/api/records/:id") { request, context in
      await guarded { try await read(request, id: context.parameters.get("id") ?? "") }
    }
    router.delete("/api/records/:id") { request, context in
      await guarded { try await delete(request, id: context.parameters.get("id") ?? "") }
    }
    router.post("/api/records/:id/assessments") { request, context in
      await guarded { try await reassess(request, id: context.parameters.get("id") ?? "") }
    }
    router.put("/api/records/:id/progress/:resource") { request, context in
      await guarded {
        try await setProgress(
          request, id: context.parameters.get("id") ?? "",
          resource: context.parameters.get("resource") ?? "")
      }
    }
    router.delete("/api/records/:id/progress/:resource") { request, context in
      await guarded {
        try await removeProgress(
          request, id: context.parameters.get("id") ?? "",
          resource: context.parameters.get("resource") ?? "")
      }
    }
  }

  // MARK: Routes

  private func create(_ request: Request) async throws -> Response {
    let store = try kept()
    let body = try await Self.body(of: request, upTo: maximumBodyBytes)
    let pathway = rules.pathway
    guard var members = StoredLearner.members(body) else { return Self.notAnObject(body, pathway) }
    let join = members.removeValue(forKey: "join")
    var extra: [String: StoredLearner.Value] = [:]
    if members["id"] == nil { extra["id"] = .string("learner") }
    let sent = StoredLearner.appending(extra, to: body, isEmpty: members.isEmpty && join == nil)
    do throws(DiagnosticsError) {
      _ = try pathway.learner(from: sent, file: "request body")
    } catch {
      let problems = error.diagnostics.filter {
        !($0.code == .unknownKey && $0.message.hasPrefix("unknown key `join`"))
      }
      if problems.hasErrors { return Reply.diagnostics(problems) }
    }
    members.merge(extra) { old, _ in old }
    let text = StoredLearner.text(members)
    let learner: Learner
    do throws(DiagnosticsError) {
      learner = try pathway.learner(from: Array(text.utf8), file: "request body")
    } catch {
      return Reply.diagnostics(error.diagnostics)
    }
    if let refusal = try await refusedMembership(learner.organisation, join: join, store) {
      return refusal
    }
    let (id, key) = (Secret.identifier(), Secret.key())
    try await store.createRecord(
      id: id, keyHash: Secret.hash(key), organisation: learner.organisation,
      staffGroup: learner.staffGroup, learner: text, at: now())
    return Reply.json(
      .object([
        ("record", .string(id)), ("key", .string(key)), ("plan", pathway.plan(for: learner).json),
      ]), status: .created)
  }

  private func read(_ request: Request, id: String) async throws -> Response {
    guard let record = try await authorized(request, id: id) else { return Self.notFound }
    let planner = RecordPlanner(pathway: rules.pathway)
    do throws(DiagnosticsError) {
      return Reply.json(planner.json(record, learner: try planner.learner(record)))
    } catch {
      return Reply.diagnostics(error.diagnostics, status: .conflict)
    }
  }

  private func delete(_ request: Request, id: String) async throws -> Response {
    guard try await authorized(request, id: id) != nil else { return Self.notFound }
    try await kept().deleteRecord(id)
    return Response(status: .noContent)
  }

  private func reassess(_ request: Request, id: String) async throws -> Response {
    guard let record = try await authorized(request, id: id) else { return Self.notFound }
    let body = try await Self.body(of: request, upTo: maximumBodyBytes)
    let pathway = rules.pathway
    guard let sent = StoredLearner.members(body) else { return Self.notAnObject(body, pathway) }
    let replaceable: Set = ["assessment", "targets", "preferences"]
    if let other = sent.keys.sorted().first(where: { !replaceable.contains($0) }) {
      return Reply.diagnostics([.unknownUpdateKey(other)])
    }
    guard sent["assessment"] != nil else {
      return Reply.diagnostics([.updateWithoutAssessment])
    }
    let old = StoredLearner.members(Array((record.assessments.last?.learner ?? "{}").utf8)) ?? [:]
    let kept = old.filter { sent[$0.key] == nil }
    let checked = StoredLearner.appending(kept, to: body, isEmpty: false)
    let learner: Learner
    do throws(DiagnosticsError) {
      learner = try pathway.learner(from: checked, file: "request body")
    } catch {
      return Reply.diagnostics(error.diagnostics)
    }
    let planner = RecordPlanner(pathway: pathway)
    let before = try? planner.learner(record)
    guard
      try await self.kept().addAssessment(
        record: id, learner: StoredLearner.text(kept.merging(sent) { _, new in new }), at: now())
    else { return Self.notFound }
    return try await planned(id) { current in
      [("changes", before.map { planner.changes(from: $0, to: learner) } ?? .array([])), current]
    }
  }

  private func setProgress(_ request: Request, id: String, resource: String) async throws
    -> Response
  {
    guard try await authorized(request, id: id) != nil else { return Self.notFound }
    let pathway = rules.pathway
    guard RecordPlanner(pathway: pathway).resourceIDs.contains(resource) else {
      return Reply.diagnostics([pathway.unknownResource(resource, input: "path")])
    }
    let body = try await Self.body(of: request, upTo: maximumBodyBytes)
    guard case .string(let status) = StoredLearner.members(body)?["status"],
      Self.statuses.contains(status)
    else {
      return Reply.diagnostics([.invalidProgressStatus])
    }
    guard
      try await kept().setProgress(record: id, resource: resource, status: status, at: now())
    else { return Self.notFound }
    return try await planned(id) { [$0] }
  }

  private func removeProgress(_ request: Request, id: String, resource: String) async throws
    -> Response
  {
    guard try await authorized(request, id: id) != nil else { return Self.notFound }
    guard try await kept().removeProgress(record: id, resource: resource, at: now()) else {
      return Self.notFound
    }
    return try await planned(id) { [$0] }
  }

  // MARK: Shared steps

  /// The record, when the request's bearer key is its key; nil either way otherwise.
  private func authorized(_ request: Request, id: String) async throws -> StoredRecord? {
    let store = try kept()
    let key = Self.bearerKey(request) ?? ""
    let record = try await store.record(id)
    let matches = Secret.matches(key, hash: record?.keyHash ?? Self.nothingHash)
    return matches && !key.isEmpty ? record : nil
  }

  /// The key in `Authorization: Bearer KEY`, if any.
  static func bearerKey(_ request: Request) -> String? {
    guard let value = request.headers[.authorization], value.hasPrefix("Bearer ") else {
      return nil
    }
    return String(value.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
  }

  /// A refusal when the learner names an organisation without its join code, or the other way.
  private func refusedMembership(
    _ organisation: String?, join: StoredLearner.Value?, _ store: RecordStore
  ) async throws -> Response? {
    guard let organisation else {
      guard join == nil else {
        return Reply.diagnostics([.joinWithoutOrganisation])
      }
      return nil
    }
    let code: String
    if case .string(let text) = join { code = text } else { code = "" }
    guard try await Self.joins(organisation, code: code, store) else {
      return Reply.diagnostics([.wrongJoinCode])
    }
    return nil
  }

  /// Whether a join code is the organisation's, compared in constant time.
  static func joins(_ organisation: String, code: String, _ store: RecordStore) async throws
    -> Bool
  {
    let hash = try await store.joinHash(organisation: organisation)
    return Secret.matches(code, hash: hash ?? nothingHash) && hash != nil && !code.isEmpty
  }

  /// The record's plan as it is now, with members the route adds before it.
  private func planned(
    _ id: String, members: (_ plan: (String, JSON)) -> [(String, JSON)]
  ) async throws -> Response {
    guard let record = try await kept().record(id) else { return Self.notFound }
    let planner = RecordPlanner(pathway: rules.pathway)
    do throws(DiagnosticsError) {
      let plan = rules.pathway.plan(for: try planner.learner(record))
      return Reply.json(.object(members(("plan", plan.json))))
    } catch {
      return Reply.diagnostics(error.diagnostics, status: .conflict)
    }
  }

  private func kept() throws -> RecordStore {
    guard let records else { throw RecordsError.notKept }
    return records
  }

  /// The route's answer, or 404 when records are not kept and 503 when the store is unreachable.
  private func guarded(_ route: () async throws -> Response) async -> Response {
    do {
      return try await route()
    } catch RecordsError.notKept {
      return Reply.json(
        .object([("error", .string("this server keeps no records (--store none)"))]),
        status: .notFound)
    } catch RecordsError.tooLarge(let limit) {
      return Reply.diagnostics([.bodyTooLarge(limit: limit)], status: .contentTooLarge)
    } catch {
      return Self.unreachable
    }
  }

  static var unreachable: Response {
    Reply.json(
      .object([("error", .string("the record store cannot be reached; try again soon"))]),
      status: .serviceUnavailable)
  }

  static func body(of request: Request, upTo limit: Int) async throws -> [UInt8] {
    guard var buffer = try? await request.body.collect(upTo: limit) else {
      throw RecordsError.tooLarge(limit)
    }
    return buffer.readBytes(length: buffer.readableBytes) ?? []
  }

  private static func notAnObject(_ body: [UInt8], _ pathway: Pathway) -> Response {
    do throws(DiagnosticsError) {
      _ = try pathway.learner(from: body, file: "request body")
    } catch {
      return Reply.diagnostics(error.diagnostics)
    }
    return Reply.diagnostics([.bodyNotAnObject])
  }

  static var notFound: Response {
    Reply.json(.object([("error", .string("no record has this id and key"))]), status: .notFound)
  }

  /// A hash no key has, compared against when there is no record, so that both take as long.
  static let nothingHash = String(repeating: "0", count: 64)
}

/// Why a records route cannot go on.
enum RecordsError: Error {
  case notKept
  case tooLarge(Int)
}

extension Diagnostic {
  /// A key other than the assessment and its targets and preferences in an assessment update.
  static func unknownUpdateKey(_ key: String) -> Diagnostic {
    Diagnostic(
      .unknownKey, "unknown key `\(key)` in an assessment update", at: .file("request body"),
      help: "send `assessment`, and optionally `targets` and `preferences`")
  }

  /// An assessment update without the assessment.
  static let updateWithoutAssessment = Diagnostic(
    .missingKey, "the update is missing the key `assessment`", at: .file("request body"),
    help: "send {\"assessment\": {\"ai.ml\": 1}}")

  /// A progress update whose status is neither started nor done.
  static let invalidProgressStatus = Diagnostic(
    .invalidValue, "the body must be {\"status\": \"started\"} or {\"status\": \"done\"}",
    at: .file("request body"))

  /// A join code sent without the organisation it is for.
  static let joinWithoutOrganisation = Diagnostic(
    .invalidValue, "`join` needs `organisation`", at: .file("request body"),
    help: "name the organisation the join code is for")

  /// A join code that is not the organisation's.
  static let wrongJoinCode = Diagnostic(
    .invalidValue, "the join code is not the organisation's", at: .file("request body"),
    help: "ask the organisation's workforce lead for its join code")

  /// A body that is JSON but not an object.
  static let bodyNotAnObject = Diagnostic(
    .wrongType, "the body must be a JSON object", at: .file("request body"))
}
