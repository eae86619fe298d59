/// Which rules the tests exercise: whether each fires in some test, and whether it matters (some
/// test that passes with every rule fails when that rule alone is left out).
public struct RuleCoverage: Sendable {
  /// One rule's standing.
  public struct Entry: Sendable {
    public var rule: Rule
    public var fires: Bool
    public var matters: Bool
  }

  /// Every rule, in id order.
  public var entries: [Entry]
  /// How many tests were run.
  public var tests: Int

  /// The per cent of all rules that matter (100 when there are none).
  public var percentMattering: Double {
    entries.isEmpty
      ? 100 : 100 * Double(entries.filter(\.matters).count) / Double(entries.count)
  }

  /// Runs the tests with every rule, then, for each rule that fires in a passing test, those
  /// tests again without it.
  public init(pathway: Pathway, tests: [RuleTest]) {
    let runner = RuleTestRunner(pathway: pathway)
    let passing = tests.filter { runner.run($0).passed }
    let firedIn = passing.map { pathway.firedRules(for: $0.learner) }
    var fired: Set<String> = []
    for test in tests { fired.formUnion(pathway.firedRules(for: test.learner)) }
    let project = pathway.compiled.project
    entries = project.rules.map { rule in
      let id = rule.id.value
      let affected = zip(passing, firedIn).filter { $0.1.contains(id) }.map(\.0)
      guard !affected.isEmpty else {
        return Entry(rule: rule, fires: fired.contains(id), matters: false)
      }
      var without = project
      without.rules.removeAll { $0.id.value == id }
      let reduced = RuleTestRunner(pathway: Pathway(without, limits: pathway.limits))
      return Entry(
        rule: rule, fires: true, matters: affected.contains { !reduced.run($0).passed })
    }
    self.tests = tests.count
  }

  /// `{"rules": [{"id": ..., "fires": ..., "matters": ...}], "tests": N}`.
  public var json: JSON {
    .object([
      (
        "rules",
        .array(
          entries.map {
            .object([
              ("id", .string($0.rule.id.value)), ("fires", .bool($0.fires)),
              ("matters", .bool($0.matters)),
            ])
          })
      ),
      ("tests", .int(tests)),
    ])
  }
}
