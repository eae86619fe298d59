import Foundation
import Metrics
import Prometheus
import Synchronization

/// The service's metrics, answered on `/metrics` in Prometheus' text format.
///
/// Requests by route, method and status and their latency come from Hummingbird's metrics
/// middleware through the process's metrics system; plans made, reloads by result and the
/// digest of the rules and catalogue in use are kept here.
public final class ServiceMetrics: Sendable {
  /// Every metric, for `/metrics`.
  public let registry: PrometheusCollectorRegistry
  private let plans: Prometheus.Counter
  private let reloads: Mutex<[String: Prometheus.Counter]> = Mutex([:])
  private let digest: Mutex<(value: String, gauge: Prometheus.Gauge)?> = Mutex(nil)

  /// Metrics kept in a registry of their own.
  public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
    self.registry = registry
    plans = registry.makeCounter(
      name: "pathway_plans_total", help: "Plans made, on pages, downloads and the API.")
  }

  /// Metrics that also hold what Hummingbird's middleware records: the process's metrics
  /// system is bootstrapped with their registry, which a process can do once.
  public static func bootstrapped() -> ServiceMetrics {
    let metrics = ServiceMetrics()
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics.registry))
    return metrics
  }

  /// Counts a plan made.
  func planMade() {
    plans.increment()
  }

  /// Counts a reload by its result (`ok` or `refused`) and records the digest now in use.
  public func reloaded(_ succeeded: Bool, digest: String) {
    let result = succeeded ? "ok" : "refused"
    let counter = reloads.withLock { counters in
      if let counter = counters[result] { return counter }
      let counter = registry.makeCounter(
        name: "pathway_reloads_total", labels: [("result", result)],
        help: "Reloads of the rules and catalogue (SIGHUP), by result.")
      counters[result] = counter
      return counter
    }
    counter.increment()
    serving(digest: digest)
  }

  /// Records the digest of the rules and catalogue in use: `pathway_rules_info{digest}` is 1 for
  /// it, and 0 for the one before.
  public func serving(digest value: String) {
    digest.withLock { current in
      guard current?.value != value else { return }
      current?.gauge.set(to: 0.0)
      let gauge = registry.makeGauge(
        name: "pathway_rules_info", labels: [("digest", value)],
        help: "The rules and catalogue in use (1), by the SHA-256 digest of their files.")
      gauge.set(to: 1.0)
      current = (value, gauge)
    }
  }

  /// The metrics in Prometheus' text format.
  public func text() -> String {
    registry.emitToString()
  }
}
