import ArgumentParser
import Foundation
import Pathway

/// Where the rules and catalogue are; shared by every command.
struct InputOptions: ParsableArguments {
  @Option(help: ArgumentHelp("A rules file or folder (repeatable).", valueName: "path"))
  var rules: [String] = []

  @Option(help: ArgumentHelp("A catalogue file or folder (repeatable).", valueName: "path"))
  var catalogue: [String] = []

  var paths: InputPaths { InputPaths(rules: rules, catalogue: catalogue) }

  /// The checked rule set, or exit 1 after printing every problem to standard error.
  func pathway() throws -> Pathway {
    let (pathway, diagnostics) = Pathway.check(paths)
    guard let pathway else {
      Output.error(DiagnosticRenderer(format: .text).render(diagnostics))
      throw ExitCode.failure
    }
    return pathway
  }
}

/// Printing to standard output and standard error.
enum Output {
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Prints a stage's diagnostics to standard error and exits 1.
  static func fail(_ error: DiagnosticsError) -> ExitCode {
    Output.error(DiagnosticRenderer(format: .text).render(error.diagnostics))
    return ExitCode.failure
  }
}
