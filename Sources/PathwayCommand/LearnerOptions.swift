import ArgumentParser
import Pathway

/// The learner file and budget override shared by `plan` and `explain`.
struct LearnerOptions: ParsableArguments {
  @Argument(help: ArgumentHelp("The learner's YAML file.", valueName: "learner"))
  var learner: String

  @Option(
    help: ArgumentHelp("Overrides the learner's time budget, in minutes.", valueName: "minutes"))
  var budget: Int?

  func validate() throws {
    if let budget, budget <= 0 { throw ValidationError("--budget must be above 0 minutes") }
  }

  /// The learner, checked against the rule set, or exit 1 after printing every problem.
  func load(with pathway: Pathway) throws -> Learner {
    do throws(DiagnosticsError) {
      return try pathway.learner(at: learner)
    } catch {
      throw Output.fail(error)
    }
  }
}
