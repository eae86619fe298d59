import Testing

@testable import Pathway

/// A selector without placeholders walks only the resources its narrowest key lists; it must
/// choose exactly what testing every resource chooses, in catalogue order.
@Suite("Resource matcher")
struct ResourceMatcherTests {
  static func templates(_ values: [String]) -> [Template] {
    values.map {
      Template(
        segments: [.literal($0)], text: $0, location: SourceLocation(file: "t", line: 1, column: 1))
    }
  }

  /// Selectors on every key an index narrows by, alone and together, with values some resources
  /// have, several at once, and none.
  static func selectors(capabilities: [String], random: inout SplitMix64) -> [Selector] {
    let pair = Array(capabilities.shuffled(using: &random).prefix(2))
    let keys: [[(inout Selector) -> Void]] = [
      [
        { _ in }, { $0.tag = templates(["t1"]) }, { $0.tag = templates(["t0", "t2"]) },
        { $0.tag = templates(["t9"]) },
      ],
      [{ _ in }, { $0.provider = templates(["P0"]) }, { $0.provider = templates(["P1", "P2"]) }],
      [
        { _ in }, { $0.format = templates(["video"]) },
        { $0.format = templates(["course", "article"]) },
      ],
      [
        { _ in }, { $0.capability = templates(Array(capabilities.prefix(1))) },
        { $0.capability = templates(pair) },
      ],
      [{ _ in }, { $0.ids = templates(["r0", "r2", "r5", "missing"]) }],
      [{ _ in }, { $0.free = Located(true, at: SourceLocation(file: "t", line: 1, column: 1)) }],
    ]
    return (0..<60).map { _ in
      var selector = Selector(location: SourceLocation(file: "t", line: 1, column: 1))
      for choices in keys { choices[Int.random(in: 0..<choices.count, using: &random)](&selector) }
      return selector
    }
  }

  @Test("chooses what testing every resource chooses", arguments: Array(UInt64(1)...40))
  func narrowedEqualsFullWalk(seed: UInt64) throws {
    let generated = try PlanPropertyTests.load(seed)
    let compiled = generated.pathway.compiled
    let facts = compiled.facts
    var random = SplitMix64(seed: seed)
    let capabilities = Array(facts.capabilityIDs)
    for selector in Self.selectors(capabilities: capabilities, random: &random) {
      let matcher = ResourceMatcher(selector: selector, binding: nil, facts: facts)
      let everyResource = facts.resourceIndices.filter(matcher.matches)
      #expect(matcher.matchingIndices() == everyResource, "seed \(seed)")
      #expect(matcher.matchesAny() == !everyResource.isEmpty, "seed \(seed)")
    }
  }
}
