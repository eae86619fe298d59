import Foundation
import Pathway
import Testing

@testable import PathwayWeb

/// The metrics of the whole test process: its metrics system can be bootstrapped only once.
let processMetrics = ServiceMetrics.bootstrapped()

@Suite("Metrics")
struct MetricsTests {
  /// One sample of Prometheus' text format: a metric name, its labels and its value.
  struct Sample: Equatable {
    var name: String
    var labels: [String: String]
    var value: Double
  }

  /// The samples of a text exposition, or nil at the first line that is not one, a comment or
  /// `# HELP` / `# TYPE`; each `# TYPE` must name a known type.
  static func samples(_ text: String) -> [Sample]? {
    let sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/
    let label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/
    var samples: [Sample] = []
    for line in text.split(separator: "\n") {
      if line.hasPrefix("# TYPE ") {
        let type = line.split(separator: " ").last.map(String.init) ?? ""
        guard ["counter", "gauge", "histogram", "summary", "untyped"].contains(type) else {
          return nil
        }
        continue
      }
      if line.hasPrefix("#") { continue }
      guard let match = try? sample.wholeMatch(in: line), let value = Double(match.4) else {
        return nil
      }
      var labels: [String: String] = [:]
      for pair in (match.3.map(String.init) ?? "").matches(of: label) {
        labels[String(pair.1)] = String(pair.2)
      }
      samples.append(Sample(name: String(match.1), labels: labels, value: value))
    }
    return samples
  }

  @Test("/metrics answers in Prometheus' text format: requests, latency, plans, reloads, digest")
  func prometheusText() async throws {
    let store = try #require(bundled)
    let metrics = processMetrics
    metrics.serving(digest: store.pathway.provenance.inputs)
    #expect(
      try await send("/api/plan", method: .post, body: nurseJSON, metrics: metrics).status == .ok)
    #expect(
      try await submit("/plan?archetype=user&profession=nurse", metrics: metrics).status == .ok)
    metrics.reloaded(true, digest: store.pathway.provenance.inputs)
    metrics.reloaded(false, digest: store.pathway.provenance.inputs)
    let reply = try await send("/metrics", metrics: metrics)
    #expect(reply.status == .ok)
    #expect(reply.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
    let samples = try #require(Self.samples(reply.body), "not Prometheus' text format")
    func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
      samples.first { sample in
        sample.name == name && labels.allSatisfy { sample.labels[$0.key] == $0.value }
      }?.value
    }
    #expect((value("pathway_plans_total") ?? 0) >= 2)
    #expect(value("pathway_reloads_total", ["result": "ok"]) == 1)
    #expect(value("pathway_reloads_total", ["result": "refused"]) == 1)
    #expect(value("pathway_rules_info", ["digest": store.pathway.provenance.inputs]) == 1)
    let route = ["http_route": "/api/plan", "http_response_status_code": "200"]
    #expect((value("hb_requests", route) ?? value("hb_requests_total", route) ?? 0) >= 1)
    let buckets = samples.filter {
      $0.name.hasSuffix("_bucket") && $0.labels["http_route"] == "/plan"
    }
    #expect(!buckets.isEmpty && buckets.allSatisfy { $0.labels["le"] != nil })
    #expect(buckets.last?.labels["le"] == "+Inf" && buckets.last?.value == 1)
  }

  @Test("the text-format reader refuses what is not the format")
  func readerRefuses() {
    #expect(Self.samples("a_total{x=\"1\"} 2\n# TYPE a_total counter\n") != nil)
    #expect(Self.samples("<html>") == nil)
    #expect(Self.samples("# TYPE a nonsense\n") == nil)
  }
}
