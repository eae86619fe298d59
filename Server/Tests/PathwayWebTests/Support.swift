import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pathway
import Testing

@testable import PathwayWeb

/// The project's folder: three above this file.
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// The bundled rules and catalogue, checked once for every test.
let bundled: RuleSetStore? = try? RuleSetStore.load(InputPaths(root: projectRoot)).store

/// What a test request got back: status, headers and body as text.
struct Reply: Sendable {
  var status: HTTPResponse.Status
  var headers: HTTPFields
  var body: String

  func header(_ name: String) -> String? {
    HTTPField.Name(name).flatMap { headers[$0] }
  }
}

/// Sends requests to the app over the bundled rule set (or `store`), without a network.
func send(
  _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil,
  store: RuleSetStore? = bundled, maximumBodyBytes: Int = 64 * 1024,
  metrics: ServiceMetrics? = nil, app web: WebApp? = nil
) async throws -> Reply {
  let store = try #require(store)
  let app = Application(
    router: (web ?? WebApp(store: store, maximumBodyBytes: maximumBodyBytes, metrics: metrics))
      .router())
  return try await app.test(.router) { client in
    try await client.execute(
      uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
    ) { response in
      Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
  }
}

/// The example nurse (`examples/learners/nurse-user.yaml`) as JSON.
let nurseJSON = """
  {"id": "nurse-user", "archetype": "user", "profession": "nurse",
   "assessment": {"patients.direct-care": 1, "patients.remote": 0, "data.collection": 2,
                  "data.privacy": 1, "ai.ml": 0, "ai.using": 0},
   "preferences": {"budgetMinutes": 240}}
  """

/// Sends a page's form: the fields after the `?` of `uri` go in a POST body, as a browser sends
/// them, never in the address.
func submit(
  _ uri: String, store: RuleSetStore? = bundled, maximumBodyBytes: Int = 64 * 1024,
  metrics: ServiceMetrics? = nil
) async throws -> Reply {
  let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
  var headers = HTTPFields()
  headers[.contentType] = "application/x-www-form-urlencoded"
  return try await send(
    String(parts[0]), method: .post, headers: headers,
    body: parts.count > 1 ? String(parts[1]) : "", store: store,
    maximumBodyBytes: maximumBodyBytes, metrics: metrics)
}
