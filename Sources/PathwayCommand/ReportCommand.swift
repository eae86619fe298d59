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

  @OptionGroup var population: PopulationOptions

  @Option(help: "text, json, html or csv.")
  var format: ReportFormat = .text

  func run() throws {
    let pathway = try inputs.pathway()
    var report = PopulationReport()
    let failures = try population.reader.forEachLearner(in: pathway) { learner in
      report.add(learner, plan: pathway.plan(for: learner))
    }
    try Output.print(
      PopulationReportRenderer(format: format, framework: pathway.framework)
        .render(report))
    try ExitCode.afterPopulation(failures: failures)
  }
}
