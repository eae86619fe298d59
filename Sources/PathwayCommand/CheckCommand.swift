import ArgumentParser
import Pathway

extension DiagnosticFormat: ExpressibleByArgument {}

/// `pathway check`: every problem in every file, in one run.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Validate the rules, tests and catalogue.")

  @OptionGroup var inputs: InputOptions

  @Option(help: "text, json, github or sarif.")
  var format: DiagnosticFormat = .text

  @Option(
    help: ArgumentHelp(
      "Print at most this many diagnostics in text and github forms, then a count of the rest.",
      valueName: "n"))
  var maxDiagnostics = 500

  func validate() throws {
    if maxDiagnostics < 1 { throw ValidationError("--max-diagnostics must be at least 1") }
  }

  func run() throws {
    let diagnostics: [Diagnostic]
    do throws(DiagnosticsError) {
      diagnostics = try Pathway.check(inputs.paths, limits: inputs.limits.readingLimits).warnings
    } catch {
      diagnostics = error.diagnostics
    }
    var renderer = DiagnosticRenderer(format: format)
    renderer.maximumShown = maxDiagnostics
    try Output.print(renderer.render(diagnostics))
    if diagnostics.hasErrors { throw ExitCode.failure }
  }
}
