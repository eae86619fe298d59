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

  func run() throws {
    let (_, diagnostics) = Pathway.check(inputs.paths)
    Output.print(DiagnosticRenderer(format: format).render(diagnostics))
    if diagnostics.hasErrors { throw ExitCode.failure }
  }
}
