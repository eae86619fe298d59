import ArgumentParser
import Pathway

/// The population a command plans: `--learners PATH`.
struct PopulationOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The population: a JSON Lines file, a CSV file or a folder of learner files.",
      valueName: "path"))
  var learners: String

  @OptionGroup var columns: IgnoredColumns

  /// A reader of the population.
  var reader: Population { Population(path: learners, ignoredColumns: columns.names) }
}

/// `--ignore-column NAME`: the columns of a CSV population to leave out.
struct IgnoredColumns: ParsableArguments {
  @Option(
    name: .customLong("ignore-column"),
    help: ArgumentHelp(
      "A CSV population's column to leave out (repeatable), such as a survey's Timestamp.",
      valueName: "name"))
  var names: [String] = []
}

/// Reads a population of learners for a command, reporting each bad one on standard error
/// and going on with the rest.
struct Population {
  let path: String
  let ignoredColumns: [String]

  /// The population's learners, read against the rule set, or exit 1 after printing why not.
  func source(for pathway: Pathway) throws -> LearnerSource {
    do {
      return try pathway.learners(at: path, ignoringColumns: ignoredColumns)
    } catch {
      throw Output.fail(error)
    }
  }

  /// Calls `body` with each valid learner in order; returns how many could not be read.
  func forEachLearner(in pathway: Pathway, _ body: (Learner) throws -> Void) throws -> Int {
    let source = try source(for: pathway)
    var failures = 0
    try source.readEach { entry in
      let learner: Learner
      do throws(DiagnosticsError) {
        learner = try pathway.learner(from: entry)
      } catch {
        failures += 1
        Output.error(error.diagnostics.map(DiagnosticRenderer.text).joined())
        return true
      }
      try body(learner)
      return true
    }
    return failures
  }
}

extension ExitCode {
  /// Exit 1 after saying how many learners could not be read, when any could not.
  static func afterPopulation(failures: Int) throws {
    guard failures > 0 else { return }
    Output.error("\(failures) learner\(failures == 1 ? "" : "s") could not be read\n")
    throw ExitCode.failure
  }
}
