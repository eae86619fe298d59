import ArgumentParser
import Foundation
import Pathway

/// Where the rules and catalogue are; shared by every command.
struct InputOptions: ParsableArguments {
  @Option(help: ArgumentHelp("A rules file or folder (repeatable).", valueName: "path"))
  var rules: [String] = []

  @Option(help: ArgumentHelp("A catalogue file or folder (repeatable).", valueName: "path"))
  var catalogue: [String] = []

  @OptionGroup var limits: LimitOptions

  var paths: InputPaths { InputPaths(rules: rules, catalogue: catalogue) }

  /// The checked rule set, or exit 1 after printing every problem to standard error.
  func pathway() throws -> Pathway {
    do throws(DiagnosticsError) {
      return try Pathway.check(paths, limits: limits.readingLimits).pathway
    } catch {
      throw Output.fail(error)
    }
  }
}

/// The limits on what one input file may ask of the reader.
struct LimitOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The largest file read.", valueName: "bytes"))
  var maxFileBytes = ReadingLimits().maxFileBytes

  @Option(help: ArgumentHelp("The deepest nesting of lists and mappings.", valueName: "levels"))
  var maxDepth = ReadingLimits().maxDepth

  @Option(help: ArgumentHelp("The most values aliases may add in one file.", valueName: "values"))
  var maxAliases = ReadingLimits().maxAliasEvents

  @Option(help: ArgumentHelp("The longest value.", valueName: "bytes"))
  var maxScalarBytes = ReadingLimits().maxScalarBytes

  @Option(help: ArgumentHelp("The most entries in one list or mapping.", valueName: "entries"))
  var maxEntries = ReadingLimits().maxEntries

  func validate() throws {
    guard [maxFileBytes, maxDepth, maxAliases, maxScalarBytes, maxEntries].allSatisfy({ $0 > 0 })
    else {
      throw ValidationError("limits must be above 0")
    }
  }

  var readingLimits: ReadingLimits {
    var limits = ReadingLimits()
    limits.maxFileBytes = maxFileBytes
    limits.maxDepth = maxDepth
    limits.maxAliasEvents = maxAliases
    limits.maxScalarBytes = maxScalarBytes
    limits.maxEntries = maxEntries
    return limits
  }
}

/// Printing to standard output and standard error, through a writer that reports failures.
enum Output {
  /// Writes to standard output; a failed write (a full disk, a closed pipe) is thrown, and the
  /// command exits 1 with `standard output: error: cannot write: ...`.
  static func print(_ text: String) throws(WriteFailure) {
    try DescriptorWriter.standardOutput.write(text)
  }

  /// Writes to standard error; when even that fails there is nowhere left to say so.
  static func error(_ text: String) {
    try? DescriptorWriter.standardError.write(text)
  }

  /// Prints a stage's diagnostics to standard error and exits 1.
  static func fail(_ error: DiagnosticsError) -> ExitCode {
    Output.error(DiagnosticRenderer(format: .text).render(error.diagnostics))
    return ExitCode.failure
  }
}
