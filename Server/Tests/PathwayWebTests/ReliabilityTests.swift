import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pathway
import Testing

@testable import PathwayWeb

/// What the server does with cheap requests that cost a lot, wrong methods, and a log that
/// cannot be written; every option from the environment.
@Suite("Server reliability")
struct ReliabilityTests {
  static func nurse(completed ids: [String]) -> String {
    let list = ids.map { "\"\($0)\"" }.joined(separator: ",")
    return nurseJSON.replacingOccurrences(
      of: "\"preferences\"", with: "\"completed\": [\(list)], \"preferences\"")
  }

  @Test("5,400 unknown completed ids: 400, \"did you mean\" for three, a count of the rest")
  func unknownCompletedIDs() async throws {
    let reply = try await send(
      "/api/plan", method: .post, body: Self.nurse(completed: (0..<5_400).map { "r\($0)" }))
    #expect(reply.status == .badRequest)
    #expect(reply.body.count < 4_096)
    #expect(reply.body.components(separatedBy: "did you mean").count - 1 <= 3)
    #expect(reply.body.contains("5397 more unknown resources in `completed`, from `r3` on"))
  }

  @Test("6,500 unknown ids in `done` on the plan page: 400 and a short page, without the ids")
  func unknownDoneIDs() async throws {
    let query = (0..<6_500).map { "done=r\($0)" }.joined(separator: "&")
    let reply = try await submit(
      "/plan?archetype=user&profession=nurse&" + query, maximumBodyBytes: 256 * 1024)
    #expect(reply.status == .badRequest)
    #expect(reply.body.count < 16_384)
    #expect(reply.body.contains("6500 resources are listed as done; at most 1000 can be"))
  }

  @Test("more listed ids than allowed in an API body: 400 before planning")
  func listedIDsCapped() async throws {
    let known = try #require(bundled).pathway.compiled.project.resources.prefix(3).map(\.id.value)
    let store = try #require(bundled)
    var app = WebApp(store: store)
    app.maximumListedIDs = 2
    let reply = try await send(
      "/api/plan", method: .post, body: Self.nurse(completed: Array(known)), app: app)
    #expect(reply.status == .badRequest)
    #expect(reply.body.contains("3 resources are listed as done; at most 2 can be"))
  }

  @Test("a known path with another method: 405 with Allow; an unknown path: 404")
  func methodNotAllowed() async throws {
    let post = try await send("/healthz", method: .post, body: "{}")
    #expect(post.status == .methodNotAllowed)
    #expect(post.header("Allow") == "GET, HEAD")
    let get = try await send("/api/plan")
    #expect(get.status == .methodNotAllowed)
    #expect(get.header("Allow") == "POST")
    #expect(try await send("/nowhere", method: .post, body: "{}").status == .notFound)
  }

  @Test("every option can come from PATHWAY_ and its name; the command line wins")
  func optionsFromEnvironment() {
    let arguments = ServerEnvironment.arguments(
      ["--port", "9000"],
      environment: [
        "PATHWAY_PORT": "7000", "PATHWAY_MAX_BODY_BYTES": "100", "PATHWAY_RULES": "a:b",
      ],
      flags: ["port", "max-body-bytes", "rules", "host"], repeatable: ["rules"])
    #expect(
      arguments == ["--max-body-bytes", "100", "--rules", "a", "--rules", "b", "--port", "9000"])
    #expect(ServerEnvironment.variable(for: "read-timeout") == "PATHWAY_READ_TIMEOUT")
  }

  @Test("a log that cannot be written is counted, and said once it can be again")
  func lostLogLines() throws {
    DescriptorWriter.ignoreBrokenPipes()
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[0])  // No reader: every write is EPIPE.
    let sink = LogSink(DescriptorWriter(descriptor: ends[1], name: "log"))
    for _ in 0..<3 { sink.write("lost\n") }
    let path = NSTemporaryDirectory() + "pathway-log-\(UUID().uuidString)"
    let file = open(path, O_WRONLY | O_CREAT, 0o600)
    #expect(dup2(file, ends[1]) == ends[1])  // The same descriptor, now a file that takes writes.
    close(file)
    sink.write("kept\n")
    close(ends[1])
    let lines = (try String(contentsOfFile: path, encoding: .utf8)).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.contains("\"message\":\"3 log lines could not be written\"") == true)
    #expect(lines.last == "kept")
  }

  @Test("control characters in a profession: 400, and none of them reaches the page")
  func controlCharactersInProfession() async throws {
    let reply = try await submit("/plan?archetype=user&profession=nurse%1B%5B31m%0Ahi%C2%85")
    #expect(reply.status == .badRequest)
    #expect(reply.body.contains("without control characters"))
    #expect(!reply.body.unicodeScalars.contains { LearnerAnswers.isControl($0) && $0 != "\n" })
  }

  @Test("a UTF-16 body (a byte-order mark FF FE) is a 400, not read")
  func utf16Body() async throws {
    let store = try #require(bundled)
    let app = Application(router: WebApp(store: store).router())
    let bytes: [UInt8] =
      [0xFF, 0xFE] + nurseJSON.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
    let status = try await app.test(.router) { client in
      try await client.execute(
        uri: "/api/plan", method: .post, body: ByteBuffer(bytes: bytes)
      ) { $0.status }
    }
    #expect(status == .badRequest)
  }
}
