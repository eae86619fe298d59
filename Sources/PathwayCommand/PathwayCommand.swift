import ArgumentParser
import Foundation
import Pathway

/// The `pathway` command: plans, explanations and checks from rules, a framework and a catalogue.
@main
struct PathwayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pathway",
    abstract: "Personal learning plans from the NHS AI and digital capability framework.",
    discussion:
      "Run from a folder that holds rules/ and catalogue/, or name them with --rules and --catalogue.",
    version: "0.1.0",
    subcommands: [
      CheckCommand.self, PlanCommand.self, ExplainCommand.self, TestCommand.self,
      CoverageCommand.self,
      DiffCommand.self, SchemaCommand.self, BatchCommand.self, ReportCommand.self,
      InitCommand.self,
    ])

  /// Runs the command; bad usage exits 2 (argument-parser's own code for it is 64), and an
  /// output that cannot be written exits 1 with `path: error: cannot write: reason`.
  static func main() {
    DescriptorWriter.ignoreBrokenPipes()
    guard CommandLine.arguments.count > 1 else {
      Output.error(helpMessage() + "\n")
      Foundation.exit(2)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as WriteFailure {
      Output.error(DiagnosticRenderer.text(failure.diagnostic))
      Foundation.exit(1)
    } catch let error as DiagnosticsError {
      Output.error(DiagnosticRenderer(format: .text).render(error.diagnostics))
      Foundation.exit(1)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        Output.error(fullMessage(for: error) + "\n")
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
