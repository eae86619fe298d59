import ArgumentParser
import Foundation
import Pathway

extension PlanFormat: ExpressibleByArgument {}

/// `pathway plan`: the learner's plan.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan", abstract: "Make a learner's plan.")

  @OptionGroup var learner: LearnerOptions
  @OptionGroup var inputs: InputOptions

  @Option(help: "text, markdown, json, html, csv or ics.")
  var format: PlanFormat = .text

  @Option(
    help: ArgumentHelp(
      "First day of the ics schedule, YYYY-MM-DD (default: today).", valueName: "date"))
  var start: String?

  @Option(help: ArgumentHelp("Study time per week for the ics schedule.", valueName: "minutes"))
  var minutesPerWeek: Int = 120

  func validate() throws {
    if let start, CalendarDate(start) == nil || start.count != 10 {
      throw ValidationError("--start must be a date written YYYY-MM-DD")
    }
    if minutesPerWeek <= 0 { throw ValidationError("--minutes-per-week must be above 0") }
  }

  func run() throws {
    let pathway = try inputs.pathway()
    let learner = try learner.load(with: pathway)
    let plan = pathway.plan(for: learner, budget: self.learner.budget, advising: true)
    let schedule = Schedule(
      start: start.flatMap(CalendarDate.init) ?? .today, minutesPerWeek: minutesPerWeek)
    let style = TextStyle.forStandardOutput()
    try Output.print(
      PlanRenderer(
        format: format, framework: pathway.framework, schedule: schedule,
        style: style
      ).render(plan))
  }
}
