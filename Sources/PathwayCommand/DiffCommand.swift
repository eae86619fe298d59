import ArgumentParser
import Pathway

extension DiffFormat: ExpressibleByArgument {}

/// When `pathway diff` should exit 1, as a gate in CI.
enum DiffGate: String, ExpressibleByArgument, CaseIterable {
  case any, uncovered
}

/// `pathway diff`: how a change to the rules or catalogue changes a population's plans.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show how a change to the rules or catalogue changes a population's plans.",
    discussion:
      "BEFORE and AFTER are folders holding rules/ and catalogue/, or git revisions (HEAD~1).")

  @Option(
    help: ArgumentHelp("The rules and catalogue before the change.", valueName: "dir-or-revision"))
  var before: String

  @Option(
    help: ArgumentHelp("The rules and catalogue after the change.", valueName: "dir-or-revision"))
  var after: String

  @OptionGroup var population: PopulationOptions

  @Option(help: "text, markdown or json.")
  var format: DiffFormat = .text

  @Option(
    name: .customLong("fail-on"),
    help: "Exit 1 when any plan changes (any) or a gap becomes uncovered (uncovered).")
  var failOn: DiffGate?

  func run() throws {
    let old = try Self.reading(before, option: "--before")
    let new = try Self.reading(after, option: "--after")
    var diff: PopulationDiff
    do throws(DiagnosticsError) {
      diff = try PopulationDiff(before: old, after: new)
    } catch {
      // A revision's copy is deleted by now: the option names its framework instead.
      guard !RuleSetSnapshot.isFolder(after) else { throw Output.fail(error) }
      var moved = error.diagnostics
      for index in moved.indices { moved[index].location = .input("--after") }
      throw Output.fail(DiagnosticsError(moved))
    }
    let failures = try population.reader.forEachLearner(in: new) { learner in
      diff.compare(learner, before: old, after: new)
    }
    try Output.print(PopulationDiffRenderer(format: format).render(diff))
    try ExitCode.afterPopulation(failures: failures)
    switch failOn {
    case .any? where diff.hasChanges, .uncovered? where diff.hasNewlyUncovered:
      throw ExitCode.failure
    default: break
    }
  }

  /// The checked rule set a side names, or exit 1 after printing every problem.
  private static func reading(_ side: String, option: String) throws -> Pathway {
    do {
      return try RuleSetSnapshot.reading(side, option: option, pathway(at:))
    } catch let error as DiagnosticsError {
      throw Output.fail(error)
    }
  }

  private static func pathway(at root: String) throws -> Pathway {
    do throws(DiagnosticsError) {
      return try Pathway.check(InputPaths(root: root)).pathway
    } catch {
      throw Output.fail(error)
    }
  }
}
