import ArgumentParser
import Pathway

extension ReportFormat: ExpressibleByArgument {}

/// `pathway report`: a workforce lead's view of a population's plans.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Summarise a population: who is in it, the commonest gaps, hours of learning, gaps no resource closes."
  )

  @OptionGroup var inputs: InputOptions

  @Option(
    help: ArgumentHelp(
      "The population: a JSON Lines file or a folder of learner files.", valueName: "path"))
  var learners: String

  @Option(help: "text, json or html.")
  var format: ReportFormat = .text

  func run() throws {
    let pathway = try inputs.pathway()
    var report = PopulationReport()
    let failures = try Population(path: learners).forEachLearner(in: pathway) { learner in
      report.add(learner, plan: pathway.plan(for: learner))
    }
    Output.print(
      PopulationReportRenderer(format: format, framework: pathway.compiled.project.framework)
        .render(report))
    try ExitCode.afterPopulation(failures: failures)
  }
}
