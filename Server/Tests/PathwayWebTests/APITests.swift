import Foundation
import HTTPTypes
import Pathway
import Testing

@testable import PathwayWeb

@Suite("The API")
struct APITests {
  @Test("POST /api/plan gives the same plan as `pathway plan --format json`")
  func planMatchesTheCommandLine() async throws {
    let reply = try await send("/api/plan", method: .post, body: nurseJSON)
    #expect(reply.status == .ok)
    #expect(reply.header("Content-Type") == "application/json; charset=utf-8")
    let pathway = try #require(bundled).pathway
    let learner = try pathway.learner(at: projectRoot + "/examples/learners/nurse-user.yaml")
    #expect(reply.body == pathway.plan(for: learner, advising: true).json.serialized())
  }

  @Test("?budget overrides the learner's budget")
  func budgetOverride() async throws {
    let reply = try await send("/api/plan?budget=30", method: .post, body: nurseJSON)
    #expect(reply.status == .ok)
    #expect(reply.body.contains("\"budgetMinutes\":30"))
    let bad = try await send("/api/plan?budget=soon", method: .post, body: nurseJSON)
    #expect(bad.status == .badRequest)
    #expect(bad.body.contains("invalid-value"))
  }

  @Test(
    "A learner that does not check is a 400 with positioned diagnostics",
    arguments: [
      (
        "{\"id\": \"x\", \"archetype\": \"usr\", \"profession\": \"nurse\"}", "unknown-archetype",
        1, 26
      ),
      (
        "{\"id\": \"x\",\n \"archetype\": \"user\", \"profession\": \"nurse\",\n \"assessment\": {\"ai.ml\": 9}}",
        "level-out-of-range", 3, 26
      ),
      (
        "{\"id\": \"x\", \"archetype\": \"user\", \"profession\": \"nurse\", \"assessment\": {\"ai.mll\": 1}}",
        "unknown-capability", 1, 72
      ),
      ("{\"id\": \"x\", \"archetype\": ", "yaml-syntax", 2, 1),
      ("", "empty-file", 1, 1),
      ("[1, 2]", "wrong-type", 1, 1),
    ])
  func invalidLearner(body: String, code: String, line: Int, column: Int) async throws {
    let reply = try await send("/api/plan", method: .post, body: body)
    #expect(reply.status == .badRequest)
    let diagnostics = try #require(try diagnostics(reply.body))
    let first = try #require(diagnostics.first)
    #expect(first["code"] as? String == code)
    #expect(first["file"] as? String == "request body")
    #expect(first["line"] as? Int == line)
    #expect(first["column"] as? Int == column)
  }

  @Test("A body over the limit is refused unread, with 413")
  func oversizedBody() async throws {
    let body = String(repeating: " ", count: 2048) + nurseJSON
    let reply = try await send("/api/plan", method: .post, body: body, maximumBodyBytes: 1024)
    #expect(reply.status == .contentTooLarge)
    #expect(try diagnostics(reply.body)?.first?["code"] as? String == "file-too-large")
    let fits = try await send("/api/plan", method: .post, body: nurseJSON, maximumBodyBytes: 1024)
    #expect(fits.status == .ok)
  }

  @Test("GET /api/explain explains from the query the pages' links carry")
  func explain() async throws {
    let query =
      "archetype=user&profession=nurse&level-ai.ml=0&hours=4&resource=learning-hub-ai-catalogue"
    let reply = try await send("/api/explain?" + query)
    #expect(reply.status == .ok)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
    #expect(object["resource"] as? String == "learning-hub-ai-catalogue")
    #expect(ExplanationStatus(rawValue: object["status"] as? String ?? "") != nil)

    let unknown = try await send(
      "/api/explain?archetype=user&profession=nurse&resource=learning-hub")
    #expect(unknown.status == .notFound)
    #expect(unknown.body.contains("suggestion"))

    let invalid = try await send("/api/explain?archetype=nobody&profession=nurse&resource=x")
    #expect(invalid.status == .badRequest)
    let message = try #require(try diagnostics(invalid.body)?.first?["message"] as? String)
    #expect(message.contains("`nobody`"))
  }

  @Test("POST /api/explain takes the learner in its body, as /api/plan does")
  func explainPosted() async throws {
    let reply = try await send(
      "/api/explain?resource=learning-hub-ai-catalogue", method: .post, body: nurseJSON)
    #expect(reply.status == .ok)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
    #expect(object["resource"] as? String == "learning-hub-ai-catalogue")
    let unknown = try await send(
      "/api/explain?resource=learning-hub", method: .post, body: nurseJSON)
    #expect(unknown.status == .notFound)
    let invalid = try await send("/api/explain?resource=x", method: .post, body: "{\"id\": 1}")
    #expect(invalid.status == .badRequest)
    let openAPI = try await send("/openapi.json")
    #expect(openAPI.body.contains("\"deprecated\": true"))
  }

  @Test("The framework, the resources and health")
  func catalogue() async throws {
    let store = try #require(bundled)
    let framework = try await send("/api/framework")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(framework.body.utf8)) as? [String: Any])
    #expect((object["archetypes"] as? [Any])?.count == 5)
    #expect(
      (object["domains"] as? [Any])?.count == store.pathway.compiled.project.framework.domains.count
    )

    let resources = try await send("/api/resources")
    let list = try #require(
      (try JSONSerialization.jsonObject(with: Data(resources.body.utf8)) as? [String: Any])?[
        "resources"] as? [[String: Any]])
    #expect(list.count == store.pathway.compiled.project.resources.count)

    let health = try await send("/healthz")
    #expect(health.status == .ok)
    #expect(health.body.contains("\"inputs\":\"\(store.pathway.provenance.inputs)\""))
  }

  @Test("The OpenAPI document names exactly the routes the server answers")
  func openAPIMatchesRoutes() async throws {
    let reply = try await send("/openapi.json")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
    #expect(document["openapi"] as? String == "3.1.0")
    let paths = try #require(document["paths"] as? [String: [String: Any]])
    var documented: [String] = []
    for (path, operations) in paths {
      for method in operations.keys { documented.append("\(method) \(path)") }
    }
    let declared = OpenAPIDocument.operations.map { "\($0.method) \($0.path)" }
    #expect(documented.sorted() == declared.sorted())
    for operation in OpenAPIDocument.operations {
      let reply = try await send(
        operation.path
          + (operation.path == "/api/explain" ? "?archetype=user&profession=nurse&resource=x" : ""),
        method: HTTPRequest.Method(operation.method.uppercased()) ?? .get,
        body: operation.method == "post" ? nurseJSON : nil)
      let answersNotFound =
        operation.path == "/api/explain" || operation.path.hasPrefix("/api/records")
        || operation.path.hasPrefix("/api/organisations")
      #expect(reply.status != .notFound || answersNotFound, "\(operation.path)")
      #expect(reply.status != .methodNotAllowed, "\(operation.path)")
    }
  }

  @Test("An unknown API address is a 404 in JSON")
  func unknownAddress() async throws {
    let reply = try await send("/api/nothing")
    #expect(reply.status == .notFound)
    #expect(reply.header("Content-Type") == "application/json; charset=utf-8")
  }

  private func diagnostics(_ body: String) throws -> [[String: Any]]? {
    (try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["diagnostics"]
      as? [[String: Any]]
  }
}
