import ArgumentParser
import Foundation

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

  /// Runs the command; bad usage exits 2 (argument-parser's own code for it is 64).
  static func main() {
    guard CommandLine.arguments.count > 1 else {
      FileHandle.standardError.write(Data((helpMessage() + "\n").utf8))
      Foundation.exit(2)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
