import Testing

@testable import Pathway

/// Whether each rule fires in a test and whether it matters to one.
@Suite("Rule coverage")
struct RuleCoverageTests {
  @Test("a rule matters when leaving it out fails a passing test; one that only fires does not")
  func matters() throws {
    let pathway = try Fixtures.validPathway()
    let coverage = RuleCoverage(pathway: pathway, tests: pathway.compiled.project.tests)
    let standing = Dictionary(
      uniqueKeysWithValues: coverage.entries.map { ($0.rule.id.value, ($0.fires, $0.matters)) })
    // The fixture's one test expects ig-training, which only `require-ig` puts in the plan.
    #expect(try #require(standing["require-ig"]) == (true, true))
    // No test learner asks for free resources only.
    #expect(try #require(standing["free-only"]) == (false, false))
    // The safety boost fires for the test's learner but changes none of what it expects.
    #expect(try #require(standing["safety-first"]) == (true, false))
    #expect(coverage.percentMattering == 60)
    #expect(
      coverage.json.serialized().hasPrefix(
        #"{"rules":[{"id":"close-gaps","fires":true,"matters":true}"#))
  }
}
