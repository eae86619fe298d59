extension KeyTable {
  static let ruleTest = KeyTable(
    kind: "test",
    keys: [
      KeySpec(
        name: "name", shape: .text, isRequired: true,
        summary: "What the test shows, as a sentence.",
        example: "a nurse with an AI gap starts with the foundations"),
      KeySpec(
        name: "learner", shape: .mapping(.learner), isRequired: true,
        summary: "The sample learner; needs no id.",
        example: "{archetype: user, profession: nurse, assessment: {ai.ml: 0}}"),
      KeySpec(
        name: "expect", shape: .mapping(.testExpectation), isRequired: true,
        summary: "What the plan must show; every key is optional.",
        example: "{includes: [elfh-ai-foundations]}"),
    ])

  static let testExpectation = KeyTable(
    kind: "expectation",
    keys: [
      KeySpec(
        name: "includes", shape: .list(.id, orSingle: false),
        summary: "Resources that must be in the plan.", example: "[elfh-ai-foundations]"),
      KeySpec(
        name: "excludes", shape: .list(.id, orSingle: false),
        summary: "Resources that must not be in the plan.", example: "[advanced-ml-course]"),
      KeySpec(
        name: "first", shape: .id, summary: "The resource of the plan's first step.",
        example: "elfh-ai-foundations"),
      KeySpec(
        name: "maxMinutes", shape: .integer(minimum: 0),
        summary: "The plan takes at most this many minutes.", example: "300"),
      KeySpec(
        name: "uncovered", shape: .list(.id, orSingle: false),
        summary: "Exactly these capabilities are left uncovered.", example: "[]"),
      KeySpec(
        name: "status", shape: .dictionary(.oneOf(ExplanationStatus.allCases.map(\.rawValue))),
        summary: "Resource id and the status `pathway explain` must give it.",
        example: "{advanced-ml-course: not-for-archetype}"),
    ])

  static let testFile = KeyTable(
    kind: "tests file",
    keys: [
      KeySpec(
        name: "tests", shape: .list(.mapping(.ruleTest), orSingle: false), isRequired: true,
        summary: "The tests in this file.", example: "[]")
    ])
}

extension EventDecoder {
  /// Decodes a tests file: a mapping whose `tests` key holds the list.
  mutating func ruleTests() -> [RuleTest] {
    var tests: [RuleTest] = []
    mapping("tests file", table: .testFile) { decoder, _ in
      tests = decoder.list("tests", expected: "tests") { $0.ruleTest() }
    }
    return tests
  }

  private mutating func ruleTest() -> RuleTest? {
    let start = location
    var name: Located<String>?
    var learner: Learner?
    var expect = RuleTest.Expectation()
    let mapped = mapping("test", table: .ruleTest) { decoder, key in
      switch key.value {
      case "name": name = decoder.string("name")
      case "learner": learner = decoder.learner(needsID: false)
      case "expect": expect = decoder.testExpectation()
      default: break
      }
    }
    guard mapped != nil, let name, let learner else { return nil }
    return RuleTest(name: name, learner: learner, expect: expect, location: start)
  }

  private mutating func testExpectation() -> RuleTest.Expectation {
    var expect = RuleTest.Expectation()
    mapping("expect", table: .testExpectation) { decoder, key in
      switch key.value {
      case "includes": expect.includes = decoder.ids("includes")
      case "excludes": expect.excludes = decoder.ids("excludes")
      case "first": expect.first = decoder.id("first")
      case "maxMinutes": expect.maxMinutes = decoder.integer("maxMinutes")
      case "uncovered": expect.uncovered = decoder.ids("uncovered")
      case "status":
        decoder.entries(of: "status") { decoder, resource in
          if let status = decoder.word(
            resource.value, oneOf: ExplanationStatus.allCases.map(\.rawValue))
          {
            expect.status.append((resource, status))
          }
        }
      default: break
      }
    }
    return expect
  }
}
