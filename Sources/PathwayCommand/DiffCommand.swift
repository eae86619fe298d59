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
    let old = try RuleSetSnapshot.reading(before, Self.pathway(at:))
    let new = try RuleSetSnapshot.reading(after, Self.pathway(at:))
    let oldFramework = old.framework
    let newFramework = new.framework
    guard oldFramework.id == newFramework.id else {
      Output.error(
        "\(newFramework.file): error: the two sides use different frameworks, `\(oldFramework.id)` and `\(newFramework.id)`\n"
          + "  help: compare rule sets built on the same framework\n")
      throw ExitCode.failure
    }
    var diff = PopulationDiff(before: old, after: new)
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

  private static func pathway(at root: String) throws -> Pathway {
    let (pathway, diagnostics) = Pathway.check(InputPaths(root: root))
    guard let pathway else {
      Output.error(DiagnosticRenderer(format: .text).render(diagnostics))
      throw ExitCode.failure
    }
    return pathway
  }
}
