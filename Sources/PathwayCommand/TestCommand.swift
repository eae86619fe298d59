import ArgumentParser
import Pathway

/// The forms `pathway test` reports in.
enum TestFormat: String, ExpressibleByArgument, CaseIterable {
  case text, junit, json
}

/// `pathway test`: runs the rule tests and closes with `N passed, N failed`.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test", abstract: "Run the rule tests.")

  @Argument(
    help: ArgumentHelp(
      "Test files or folders (default: every tests file under --rules).", valueName: "path"))
  var paths: [String] = []

  @OptionGroup var inputs: InputOptions

  @Flag(help: "Report the rules that no test fires, and those that fire but never matter.")
  var coverage = false

  @Option(
    help:
      "text; junit: JUnit XML on standard output; json: the coverage of each rule on standard output (the rest goes to standard error)."
  )
  var format: TestFormat = .text

  @Option(
    help: ArgumentHelp(
      "Exit 1 when fewer than N per cent of all rules matter (implies --coverage).",
      valueName: "N"))
  var minCoverage: Double?

  func validate() throws {
    if let minCoverage, !(0...100).contains(minCoverage) {
      throw ValidationError("--min-coverage must be from 0 to 100")
    }
  }

  /// Where the text report goes: standard output, or standard error beside JUnit XML or JSON.
  private func say(_ text: String) throws(WriteFailure) {
    if format == .text { try Output.print(text) } else { Output.error(text) }
  }

  func run() throws {
    let pathway = try inputs.pathway()
    let runner = RuleTestRunner(pathway: pathway)
    var tests = pathway.tests
    if !paths.isEmpty {
      let (loaded, diagnostics) = runner.loadTests(at: paths)
      if diagnostics.hasErrors {
        Output.error(DiagnosticRenderer(format: .text).render(diagnostics))
        throw ExitCode.failure
      }
      tests = loaded
    }
    var passed = 0
    var failed = 0
    var outcomes: [RuleTestRunner.Outcome] = []
    for test in tests {
      let outcome = runner.run(test)
      outcomes.append(outcome)
      if outcome.passed {
        passed += 1
        continue
      }
      failed += 1
      var report = "FAIL \(test.location): \(test.name.value)\n"
      for failure in outcome.failures { report += "  \(failure)\n" }
      report +=
        "  plan: " + (outcome.steps.isEmpty ? "empty" : outcome.steps.joined(separator: ", "))
        + "\n"
      try say(report)
    }
    if format == .junit { try Output.print(JUnitReport(outcomes: outcomes).render()) }
    var isCoverageTooLow = false
    if coverage || minCoverage != nil || format == .json {
      let measured = RuleCoverage(pathway: pathway, tests: tests)
      if format == .json { try Output.print(measured.json.serialized(pretty: true) + "\n") }
      try say(Self.report(measured))
      if let minCoverage, measured.percentMattering < minCoverage {
        try say(
          "coverage: \(Self.percent(measured.percentMattering)) of the rules matter, below the \(Self.percent(minCoverage)) asked for\n"
        )
        isCoverageTooLow = true
      }
    }
    try say("\(passed) passed, \(failed) failed\n")
    if failed > 0 || isCoverageTooLow { throw ExitCode.failure }
  }

  /// The coverage in words: how many rules matter, then the rules no test fires and those that
  /// fire but never matter, each at its place.
  static func report(_ coverage: RuleCoverage) -> String {
    let all = coverage.entries.count
    let mattering = coverage.entries.filter(\.matters).count
    var out =
      "coverage: \(mattering) of \(all) rule\(all == 1 ? "" : "s") matter (\(percent(coverage.percentMattering))): leaving one out changes some test's outcome\n"
    let unfired = coverage.entries.filter { !$0.fires }
    if !unfired.isEmpty {
      out += "coverage: \(unfired.count) rule\(unfired.count == 1 ? "" : "s") that no test fires:\n"
      for entry in unfired { out += "  \(entry.rule.location): \(entry.rule.id.value)\n" }
    }
    let idle = coverage.entries.filter { $0.fires && !$0.matters }
    if !idle.isEmpty {
      out +=
        "coverage: "
        + (idle.count == 1
          ? "1 rule that fires but never matters"
          : "\(idle.count) rules that fire but never matter")
        + ":\n"
      for entry in idle { out += "  \(entry.rule.location): \(entry.rule.id.value)\n" }
    }
    return out
  }

  /// `87.5%`.
  static func percent(_ value: Double) -> String {
    PlanRenderer.score(value) + "%"
  }
}
