import ArgumentParser
import Pathway

/// The population a command plans: `--learners PATH`.
struct PopulationOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The population: a JSON Lines file or a folder of learner files.", valueName: "path"))
  var learners: String

  /// A reader of the population.
  var reader: Population { Population(path: learners) }
}

/// Reads a population of learners for a command, reporting each bad one on standard error
/// and going on with the rest.
struct Population {
  let path: String

  /// Calls `body` with each valid learner in order; returns how many could not be read.
  func forEachLearner(in pathway: Pathway, _ body: (Learner) throws -> Void) throws -> Int {
    let source: LearnerSource
    do {
      source = try LearnerSource(path: path)
    } catch {
      throw Output.fail(error)
    }
    var failures = 0
    try source.readEach { entry in
      switch pathway.learner(from: entry.bytes, file: entry.file, firstLine: entry.line) {
      case .success(let learner): try body(learner)
      case .failure(let error):
        failures += 1
        Output.error(error.diagnostics.map(DiagnosticRenderer.text).joined())
      }
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
