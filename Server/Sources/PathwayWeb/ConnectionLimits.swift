import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore

/// What one client may hold of the server: time to send a request, time left idle, and how
/// many connections are open at once, so that slow clients cannot take it down.
public struct ConnectionLimits: Sendable {
  /// Seconds to send a whole request, headers and body; a slower one is dropped.
  public var readTimeout: Int
  /// Seconds a connection may wait between requests before it is closed.
  public var idleTimeout: Int
  /// Connections open at once; more wait to be accepted.
  public var maximumConnections: Int

  /// Limits in seconds and connections.
  public init(readTimeout: Int = 10, idleTimeout: Int = 60, maximumConnections: Int? = nil) {
    self.readTimeout = readTimeout
    self.idleTimeout = idleTimeout
    self.maximumConnections = maximumConnections ?? Self.defaultMaximumConnections
  }

  /// The process's open-file limit less 64 (for the files the server reads), between 16 and
  /// 4,096: a connection beyond the limit would fail to be accepted and be lost.
  public static var defaultMaximumConnections: Int {
    var limit = rlimit()
    guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1_024 }
    return Int(max(16, min(4_096, Int64(clamping: limit.rlim_cur) - 64)))
  }

  /// The HTTP/1 server with the read and idle timeouts on every connection.
  public var server: HTTPServerBuilder {
    let readTimeout = TimeAmount.seconds(Int64(readTimeout))
    return .http1(
      configuration: HTTP1Channel.Configuration(
        additionalChannelHandlers: [ReadTimeoutHandler(limit: readTimeout)],
        idleTimeout: .seconds(Int64(idleTimeout))))
  }

  /// The application's configuration at an address, accepting at most `maximumConnections`.
  public func configuration(address: BindAddress) -> ApplicationConfiguration {
    ApplicationConfiguration(
      address: address,
      availableConnectionsDelegate: MaximumAvailableConnections(maximumConnections))
  }
}
