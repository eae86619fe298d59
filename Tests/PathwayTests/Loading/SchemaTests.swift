import Foundation
import Testing

@testable import Pathway

@Suite("JSON Schemas")
struct SchemaTests {
  @Test("the committed schemas are what `pathway schema` prints", arguments: SchemaKind.allCases)
  func committedCopyIsCurrent(kind: SchemaKind) throws {
    let path = Fixtures.projectRoot + "/schemas/\(kind.rawValue).schema.json"
    let generated = JSONSchemaGenerator().schema(for: kind).serialized(pretty: true) + "\n"
    if ProcessInfo.processInfo.environment["PATHWAY_UPDATE_FIXTURES"] != nil {
      try generated.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == generated)
  }

  @Test("every key the loader knows has a description and an example that reads as YAML")
  func everyKeyIsDescribed() throws {
    let tables: [KeyTable] = [
      .framework, .level, .archetype, .domain, .capability, .statement, .resource, .resourceFile,
      .rule,
      .ruleFile, .condition, .capabilityCondition, .preferenceCondition, .budgetBounds, .bounds,
      .effect,
      .adjustment, .targetEffect, .selector, .learner, .preferences, .ruleTest, .testExpectation,
      .testFile,
    ]
    for table in tables {
      for key in table.keys {
        #expect(!key.summary.isEmpty, "\(table.kind).\(key.name)")
        #expect(ExampleValue.json(key.example) != .null, "\(table.kind).\(key.name)")
      }
    }
  }
}
