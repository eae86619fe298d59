/// Runs educators' rule tests: plans each sample learner and checks what the test expects.
public struct RuleTestRunner: Sendable {
  /// The outcome of one test.
  public struct Outcome: Sendable {
    public var test: RuleTest
    /// Empty when the test passed.
    public var failures: [String]
    /// The plan's steps, in order, for the failure report.
    public var steps: [String]
    public var passed: Bool { failures.isEmpty }
  }

  let pathway: Pathway

  /// A runner over a checked rule set.
  public init(pathway: Pathway) {
    self.pathway = pathway
  }

  /// The tests in files outside the rule folders, checked against the rules and catalogue.
  public func loadTests(at paths: [String]) -> (tests: [RuleTest], diagnostics: [Diagnostic]) {
    let loader = ProjectLoader(limits: pathway.limits)
    var tests: [RuleTest] = []
    var diagnostics: [Diagnostic] = []
    var files: [String] = []
    for path in paths {
      let (exists, isFolder) = loader.fileSystem.kind(of: path)
      guard exists else {
        diagnostics.append(.missingFile(path))
        continue
      }
      guard isFolder else {
        files.append(path)
        continue
      }
      let (found, unreadable) = loader.fileSystem.yamlFiles(under: path)
      files += found
      diagnostics += unreadable
    }
    for path in files {
      let file: SourceFile
      do throws(DiagnosticsError) {
        file = try loader.fileSystem.read(path, limit: loader.limits.maxFileBytes)
      } catch {
        diagnostics += error.diagnostics
        continue
      }
      var found = ProjectLoader.DecodedFiles()
      loader.decode(file, kind: .tests, into: &found)
      let decoded = found.tests
      diagnostics += found.diagnostics
      var validator = Validator(project: pathway.compiled.project)
      for test in decoded { validator.validate(test) }
      diagnostics += validator.diagnostics
      tests += decoded
    }
    return (tests, diagnostics.presented())
  }

  /// Runs one test.
  public func run(_ test: RuleTest) -> Outcome {
    let planning = pathway.planning(for: test.learner, budget: nil)
    let (plan, explainer) = (planning.plan, planning.explainer)
    let planned = plan.steps.map(\.resource.id.value)
    var failures: [String] = []
    func status(_ id: String) -> Explanation? {
      pathway.compiled.resourceIndex[id].map(explainer.explain)
    }
    for id in test.expect.includes where !planned.contains(id.value) {
      // Explained through the front door, with the numbers that decided.
      let explanation = pathway.explain(id.value, for: test.learner)
      let why = explanation.map { ": \($0.status.rawValue), \($0.text)" } ?? ""
      let numbers = explanation?.numbers.map {
        ExplanationTextRenderer.words($0).split(separator: "\n").map { " " + $0 }.joined()
      }
      failures.append("expected `\(id.value)` in the plan; it is not\(why)\(numbers ?? "")")
    }
    for id in test.expect.excludes {
      if let position = planned.firstIndex(of: id.value) {
        let why = status(id.value).map { ": \($0.text)" } ?? ""
        failures.append(
          "expected `\(id.value)` not to be in the plan; it is step \(position + 1)\(why)")
      }
    }
    if let first = test.expect.first, planned.first != first.value {
      failures.append(
        "expected the first step to be `\(first.value)`, got "
          + (planned.first.map { "`\($0)`" } ?? "an empty plan"))
    }
    if let maxMinutes = test.expect.maxMinutes, plan.totalMinutes > maxMinutes.value {
      failures.append(
        "expected at most \(maxMinutes.value) minutes, the plan takes \(plan.totalMinutes)")
    }
    if let uncovered = test.expect.uncovered {
      let expected = uncovered.map(\.value).sorted()
      let actual = plan.uncovered.map(\.capability).sorted()
      if expected != actual {
        failures.append("expected uncovered \(Self.list(expected)), got \(Self.list(actual))")
      }
    }
    for (resource, expected) in test.expect.status {
      guard let explanation = status(resource.value) else { continue }
      if explanation.status.rawValue != expected.value {
        failures.append(
          "expected `\(resource.value)` to be \(expected.value), it is \(explanation.status.rawValue): \(explanation.text)"
        )
      }
    }
    let steps = plan.steps.map {
      "\($0.order). \($0.resource.id.value) (\($0.resource.minutes.value) min)"
    }
    return Outcome(test: test, failures: failures, steps: steps)
  }

  private static func list(_ ids: [String]) -> String {
    ids.isEmpty ? "none" : "[" + ids.joined(separator: ", ") + "]"
  }
}
