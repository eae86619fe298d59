import Testing

@testable import Pathway

@Suite("YAML stream")
struct YAMLStreamTests {
  /// A resources file of `count` resources, the whole list anchored.
  ///
  /// The first resource anchors its capabilities, the third anchors itself, and the last repeats
  /// the capabilities, far past the events let go in between. `repeating` adds keys after the
  /// list that repeat it all, and the third.
  func anchoredCatalogue(_ count: Int, repeating: Bool = false) -> String {
    var text = "resources: &all\n"
    for index in 0..<count {
      let capabilities =
        index == 0 ? "&caps [ai.ml, data.privacy]" : index == count - 1 ? "*caps" : "[ai.ml]"
      text += index == 2 ? "  - &third\n    id: r\(index)\n" : "  - id: r\(index)\n"
      text += """
            title: Resource \(index)
            provider: P
            url: https://example.org/\(index)
            format: video
            minutes: 10
            level: 1
            capabilities: \(capabilities)

        """
    }
    return text + (repeating ? "again: *all\nthird: *third\n" : "")
  }

  /// Every event's kind, text and place.
  func summary(_ events: [YAMLEvent]) -> [String] {
    events.map { "\($0.kind) \($0.value) \($0.line):\($0.column)" }
  }

  @Test("events read as asked for, with those decoded let go, are those of the whole reading")
  func sameEvents() throws {
    let bytes = Array(anchoredCatalogue(400, repeating: true).utf8)
    let whole = try YAMLReader().read(bytes, file: "f.yaml", firstLine: 3)
    let stream = try YAMLReader().stream(bytes, file: "f.yaml", firstLine: 3)
    var streamed: [YAMLEvent] = []
    var index = 0
    while let event = stream.event(at: index) {
      streamed.append(event)
      index += 1
      stream.release(before: index)
    }
    #expect(stream.diagnostics.isEmpty)
    #expect(streamed.count == whole.events.count)
    #expect(summary(streamed) == summary(whole.events))
  }

  @Test("an alias far past the events let go repeats its anchor's values")
  func aliasAfterRelease() {
    let file = SourceFile(
      path: "resources.yaml", name: "resources.yaml", bytes: Array(anchoredCatalogue(3_000).utf8))
    var decoded = ProjectLoader.DecodedFiles()
    ProjectLoader().decode(file, kind: .resources, into: &decoded)
    #expect(decoded.diagnostics.isEmpty)
    #expect(decoded.resources.count == 3_000)
    #expect(decoded.resources.last?.capabilities.map(\.value) == ["ai.ml", "data.privacy"])
  }

  @Test("a problem past the part decoded gives only what stopped the reading")
  func problemAfterDocument() {
    let file = SourceFile(
      path: "resources.yaml", name: "resources.yaml",
      bytes: Array((anchoredCatalogue(50) + "---\nresources: []\n").utf8))
    var decoded = ProjectLoader.DecodedFiles()
    ProjectLoader().decode(file, kind: .resources, into: &decoded)
    #expect(decoded.resources.isEmpty)
    #expect(decoded.diagnostics.map(\.code) == [.multipleDocuments])
  }
}
