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
      not is logged and the old set stays in use. Nothing a learner enters is stored.
      """)

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

  func validate() throws {
    guard (1...65_535).contains(port) else { throw ValidationError("--port must be 1 to 65535") }
    guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be above 0") }
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
    let (store, diagnostics) = RuleSetStore.load(paths)
    for diagnostic in diagnostics {
      FileHandle.standardError.write(Data(DiagnosticRenderer.text(diagnostic).utf8))
    }
    guard let store else {
      FileHandle.standardError.write(
        Data("pathway-server: the rules and catalogue do not check; nothing served\n".utf8))
      throw ExitCode.failure
    }
    let metrics = ServiceMetrics.bootstrapped()
    metrics.serving(digest: store.pathway.provenance.inputs)
    let reloads = Self.reloadOnHangUp(store, metrics: metrics, logger: logger)
    defer { reloads.cancel() }
    let app = Application(
      router: WebApp(store: store, maximumBodyBytes: maxBodyBytes, metrics: metrics).router(),
      configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
      logger: logger)
    logger.notice(
      "serving",
      metadata: [
        "address": "http://\(host):\(port)/", "inputs": "\(store.pathway.provenance.inputs)",
      ])
    try await app.runService()
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
