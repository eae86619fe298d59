import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import Logging
import Pathway
import PathwayWeb

/// `pathway-server`: the self-assessment pages and the API over the rules and catalogue.
@main
struct ServerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pathway-server",
    abstract: "Serve self-assessment pages, personal plans and the Pathway API.",
    discussion: """
      Reads and checks the rules and catalogue once, then serves them. Send SIGHUP to read them \
      again: a set that checks replaces the old one without dropping a request; one that does \
      not is logged and the old set stays in use. Learners' records are kept in --store (none keeps nothing). \
      Every option can also be set from the environment: --max-body-bytes as \
      PATHWAY_MAX_BODY_BYTES, and so on (a repeatable one's values separated by `:`); the \
      command line wins.
      """,
    version: Plan.Provenance.engineVersion,
    subcommands: [OrganisationCommand.self, LeadCommand.self, ExportCommand.self])

  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp("A rules file or folder (repeatable).", valueName: "path"))
  var rules: [String] = []

  @Option(
    name: .customLong("catalogue"),
    help: ArgumentHelp("A catalogue file or folder (repeatable).", valueName: "path"))
  var catalogue: [String] = []

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on.")
  var port = 8080

  @Option(help: "The largest request body read, in bytes; larger ones are refused unread.")
  var maxBodyBytes = 64 * 1024

  @Option(help: "trace, debug, info, notice, warning, error or critical.")
  var logLevel = "info"

  @OptionGroup var records: StoreOptions

  @Option(
    help: "In a lead's report, counts below this are shown as \"<N\"."
  )
  var suppressBelow = 5

  @Option(
    help:
      "Delete records with no activity for this many days, at start and daily; 0 keeps them for ever."
  )
  var retainDays = 730

  @Option(help: "Minutes a learner's session lasts without a request; then they sign in again.")
  var sessionIdle = 30

  @Flag(help: "Mark session cookies Secure: set it when the server is behind TLS.")
  var secureCookies = false

  @Option(help: "Seconds a client has to send a whole request, headers and body.")
  var readTimeout = ConnectionLimits().readTimeout

  @Option(help: "Seconds a connection may stay open between requests.")
  var idleTimeout = ConnectionLimits().idleTimeout

  @Option(
    help: ArgumentHelp(
      "Connections open at once; more wait (default: the open-file limit less 64, at most 4096).",
      valueName: "n"))
  var maxConnections: Int?

  @Option(help: ArgumentHelp("The most resources a learner may list as done.", valueName: "n"))
  var maxListedIds = WebApp.defaultMaximumListedIDs

  /// Every option's name, each also read from `PATHWAY_` and its name in capitals.
  static let optionNames = [
    "rules", "catalogue", "host", "port", "max-body-bytes", "log-level", "read-timeout",
    "idle-timeout", "max-connections", "max-listed-ids", "store", "suppress-below", "retain-days",
  ]

  /// Parses the options, from the command line and the environment, and serves.
  static func main() async {
    DescriptorWriter.ignoreBrokenPipes()
    let arguments = ServerEnvironment.arguments(
      Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
      flags: optionNames, repeatable: ["rules", "catalogue"])
    do {
      var command = try parseAsRoot(arguments)
      if let server = command as? ServerCommand {
        try await server.run()
      } else if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: error)
    }
  }

  func validate() throws {
    guard (1...65_535).contains(port) else { throw ValidationError("--port must be 1 to 65535") }
    _ = try records.location()
    guard suppressBelow >= 1 else { throw ValidationError("--suppress-below must be 1 or more") }
    guard retainDays >= 0 else { throw ValidationError("--retain-days must be 0 or more") }
    guard sessionIdle >= 1 else { throw ValidationError("--session-idle must be 1 or more") }
    guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be above 0") }
    for (name, value) in [
      ("--read-timeout", readTimeout), ("--idle-timeout", idleTimeout),
      ("--max-connections", maxConnections ?? 1), ("--max-listed-ids", maxListedIds),
    ] where value <= 0 {
      throw ValidationError("\(name) must be above 0")
    }
    guard Logger.Level(rawValue: logLevel) != nil else {
      throw ValidationError(
        "--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
  }

  func run() async throws {
    let level = Logger.Level(rawValue: logLevel) ?? .info
    LoggingSystem.bootstrap { label in
      var handler = JSONLogHandler(label: label)
      handler.logLevel = level
      return handler
    }
    let logger = Logger(label: "pathway-server")
    let paths = InputPaths(
      rules: rules.isEmpty ? ["rules"] : rules,
      catalogue: catalogue.isEmpty ? ["catalogue"] : catalogue)
    let store: RuleSetStore
    do throws(DiagnosticsError) {
      let loaded = try RuleSetStore.load(paths)
      for warning in loaded.warnings {
        LogSink.standardError.write(DiagnosticRenderer.text(warning))
      }
      store = loaded.store
    } catch {
      for diagnostic in error.diagnostics {
        LogSink.standardError.write(DiagnosticRenderer.text(diagnostic))
      }
      LogSink.standardError.write(
        "pathway-server: the rules and catalogue do not check; nothing served\n")
      throw ExitCode.failure
    }
    let recordStore = try await records.open(logger: logger)
    let metrics = ServiceMetrics.bootstrapped()
    metrics.serving(digest: store.pathway.provenance.inputs)
    let reloads = Self.reloadOnHangUp(store, metrics: metrics, logger: logger)
    defer { reloads.cancel() }
    let retention = recordStore.map {
      Retention(
        store: $0, days: retainDays, sessionIdleSeconds: Int64(sessionIdle) * 60, logger: logger
      ).start()
    }
    defer { retention?.cancel() }
    let limits = ConnectionLimits(
      readTimeout: readTimeout, idleTimeout: idleTimeout, maximumConnections: maxConnections)
    var web = WebApp(
      store: store, maximumBodyBytes: maxBodyBytes, metrics: metrics, records: recordStore,
      suppressBelow: suppressBelow)
    web.maximumListedIDs = maxListedIds
    web.sessionIdleMinutes = sessionIdle
    web.retainDays = retainDays
    web.secureCookies = secureCookies
    let app = Application(
      router: web.router(), server: limits.server,
      configuration: limits.configuration(address: .hostname(host, port: port)), logger: logger)
    logger.notice(
      "serving",
      metadata: [
        "address": "http://\(host):\(port)/", "inputs": "\(store.pathway.provenance.inputs)",
        "max-connections": "\(limits.maximumConnections)",
        "store": "\((try? records.location().redacted) ?? "")",
      ])
    try await app.runService()
    try await recordStore?.close()
  }

  /// Reloads the rules and catalogue each time the process gets SIGHUP.
  private static func reloadOnHangUp(
    _ store: RuleSetStore, metrics: ServiceMetrics, logger: Logger
  ) -> any DispatchSourceSignal {
    signal(SIGHUP, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
    source.setEventHandler {
      metrics.reloaded(store.reload(logger: logger), digest: store.pathway.provenance.inputs)
    }
    source.resume()
    return source
  }
}
