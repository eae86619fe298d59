import ArgumentParser
import Pathway

extension CoverageFormat: ExpressibleByArgument {}

/// `pathway coverage`: which targets no resource can reach, per capability and archetype.
struct CoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract: "Show which capability and archetype targets no resource can reach.")

  @OptionGroup var inputs: InputOptions

  @Option(help: "text, json, html or csv.")
  var format: CoverageFormat = .text

  @Option(
    help: ArgumentHelp(
      "Weigh each hole by the learners of a population with that gap (JSON Lines, CSV, a folder).",
      valueName: "path"))
  var learners: String?

  @OptionGroup var columns: IgnoredColumns

  func run() throws {
    let pathway = try inputs.pathway()
    var gaps: PopulationGaps?
    var failures = 0
    if let learners {
      var counted = PopulationGaps()
      failures = try Population(path: learners, ignoredColumns: columns.names).forEachLearner(
        in: pathway
      ) {
        counted.add($0, in: pathway)
      }
      gaps = counted
    }
    let coverage = pathway.coverage(population: gaps)
    try Output.print(
      CoverageRenderer(format: format, framework: pathway.framework).render(
        coverage))
    try ExitCode.afterPopulation(failures: failures)
  }
}
