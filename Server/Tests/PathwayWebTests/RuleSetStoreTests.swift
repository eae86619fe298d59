import Foundation
import Logging
import Pathway
import Testing

@testable import PathwayWeb

@Suite("Reloading the rules and catalogue")
struct RuleSetStoreTests {
  @Test("A reload that checks is put in use; one that does not keeps the set in use")
  func reload() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pathway-reload-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for name in ["rules", "catalogue"] {
      try FileManager.default.copyItem(
        atPath: projectRoot + "/" + name, toPath: folder + "/" + name)
    }
    let store = try RuleSetStore.load(InputPaths(root: folder)).store
    let before = store.pathway.provenance.inputs
    // The refused reload logs its errors on purpose; the test log stays free of them.
    let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    let rules = folder + "/rules/extra.yaml"
    try "rules:\n  - id: broken\n    because: x\n    boost: {resource: nothing, by: 1}\n"
      .write(toFile: rules, atomically: true, encoding: .utf8)
    #expect(!store.reload(logger: logger))
    #expect(store.pathway.provenance.inputs == before)

    try FileManager.default.removeItem(atPath: rules)
    let gaps = folder + "/rules/gaps.yaml"
    let text = try String(contentsOfFile: gaps, encoding: .utf8)
    try (text + "# reviewed again\n").write(toFile: gaps, atomically: true, encoding: .utf8)
    #expect(store.reload(logger: logger))
    #expect(store.pathway.provenance.inputs != before)
  }
}
