import ArgumentParser
import Pathway

/// The forms an explanation can be printed in.
enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `pathway explain`: why a resource is in the learner's plan, or why not.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain why a resource is, or is not, in a learner's plan.")

  @OptionGroup var learner: LearnerOptions

  @Argument(help: ArgumentHelp("The resource's id.", valueName: "resource-id"))
  var resource: String

  @OptionGroup var inputs: InputOptions

  @Option(help: "text or json.")
  var format: ExplainFormat = .text

  func run() throws {
    let pathway = try inputs.pathway()
    let learner = try learner.load(with: pathway)
    guard let explanation = pathway.explain(resource, for: learner, budget: self.learner.budget)
    else {
      Output.error(DiagnosticRenderer.text(pathway.unknownResource(resource, input: "resource-id")))
      throw ExitCode.failure
    }
    switch format {
    case .json: try Output.print(explanation.json.serialized(pretty: true) + "\n")
    case .text:
      try Output.print(
        ExplanationTextRenderer(framework: pathway.framework).render(explanation))
    }
  }
}
