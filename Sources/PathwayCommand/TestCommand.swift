import ArgumentParser
import Pathway

/// The forms `pathway test` reports in.
enum TestFormat: String, ExpressibleByArgument, CaseIterable {
  case text, junit
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

  @Flag(help: "List the rules that no test fires.")
  var coverage = false

  @Option(help: "text, or junit: JUnit XML on standard output, the rest on standard error.")
  var format: TestFormat = .text

  /// Where the text report goes: standard output, or standard error beside JUnit XML.
  private func say(_ text: String) {
    if format == .junit { Output.error(text) } else { Output.print(text) }
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
    var fired: Set<String> = []
    var outcomes: [RuleTestRunner.Outcome] = []
    for test in tests {
      let outcome = runner.run(test)
      outcomes.append(outcome)
      if coverage { fired.formUnion(pathway.firedRules(for: test.learner)) }
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
      say(report)
    }
    if format == .junit { Output.print(JUnitReport(outcomes: outcomes).render()) }
    if coverage {
      let unfired = pathway.rules.filter { !fired.contains($0.id.value) }
      if unfired.isEmpty {
        say("coverage: every rule fires in at least one test\n")
      } else {
        say("coverage: \(unfired.count) rule\(unfired.count == 1 ? "" : "s") that no test fires:\n")
        for rule in unfired { say("  \(rule.location): \(rule.id.value)\n") }
      }
    }
    say("\(passed) passed, \(failed) failed\n")
    if failed > 0 { throw ExitCode.failure }
  }
}
