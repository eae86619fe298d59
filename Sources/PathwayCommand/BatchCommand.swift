import ArgumentParser
import Foundation
import Pathway

/// `pathway batch`: plans for a whole population, JSON Lines in and out, on every core.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract:
      "Plan a population: JSON Lines (or a folder of learner files) in, JSON Lines out, in input order.",
    discussion: "A learner that cannot be read gives {\"file\", \"line\", \"errors\"} in its place."
  )

  @OptionGroup var inputs: InputOptions

  @OptionGroup var population: PopulationOptions

  @Option(
    help: ArgumentHelp(
      "Write the plans here instead of to standard output (a file is replaced only when every plan is written).",
      valueName: "file"))
  var out: String?

  @Option(help: ArgumentHelp("Workers planning at once (default: every core).", valueName: "n"))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Keep each step's why terms (the output is compact without them).")
  var explain = false

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let pathway = try inputs.pathway()
    let source = try population.reader.source(for: pathway)
    let file = try out.map { path throws(WriteFailure) in try OutputFile(path: path) }
    let write: (String) throws -> Void =
      if let file { { try file.write($0) } } else { { try Output.print($0) } }
    let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar(total: try source.count()) : nil
    let planner = BatchPlanner(pathway: pathway, jobs: jobs, includesExplanations: explain)
    let summary = try planner.run(source, write: write, progress: { bar?.show($0) })
    bar?.finish()
    try file?.commit()
    if summary.failed > 0 {
      Output.error(
        "\(summary.failed) of \(summary.planned + summary.failed) learners could not be read\n")
      throw ExitCode.failure
    }
  }
}

/// A progress line on standard error: count, rate and time left.
final class ProgressBar {
  let total: Int
  let start = Date()

  init(total: Int) {
    self.total = total
  }

  func show(_ done: Int) {
    let elapsed = Date().timeIntervalSince(start)
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let left = rate > 0 ? Int(Double(total - done) / rate) : 0
    let width = 30
    let filled = total > 0 ? min(width, width * done / total) : width
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    Output.error(
      "\r[\(bar)] \(done)/\(total) learners, \(Int(rate))/s, \(left / 60):\(String(format: "%02d", left % 60)) left "
    )
  }

  func finish() {
    Output.error("\n")
  }
}
