import Foundation
import Testing

@testable import Pathway

/// A project's files are decoded across the cores; what they give must be what decoding them
/// one after another, in the order found, gives.
@Suite("Project decoding")
struct ProjectDecodingTests {
  /// A catalogue of files of different sizes, some with problems: a syntax error, an unknown
  /// key, an invalid id, an empty file and one of no known kind.
  static func catalogue() throws -> String {
    let root = try Fixtures.copy(Fixtures.valid)
    let folder = root + "/catalogue/resources"
    for file in 0..<24 {
      var text = "resources:\n"
      for entry in 0..<(file % 5) * 20 + 1 {
        text += """
            - id: generated-\(file)-\(entry)
              title: Generated \(file) \(entry)
              provider: Provider \(file % 3)
              url: https://example.org/\(file)/\(entry)
              format: video
              minutes: \(5 + entry)
              level: \(1 + entry % 3)
              capabilities: [ai.using]

          """
      }
      switch file % 8 {
      case 1: text += "  - id: broken-\(file)\n    title: [unclosed\n"
      case 3: text += "  - id: Not An Id \(file)\n    colour: red\n"
      default: break
      }
      let contents = file == 5 ? "# nothing yet\n" : file == 6 ? "shelves: []\n" : text
      try contents.write(
        toFile: folder + "/generated-\(file).yaml", atomically: true, encoding: .utf8)
    }
    return root
  }

  @Test("files decoded across the cores come together in the order found, problems and all")
  func sameAsOneAfterAnother() throws {
    let paths = InputPaths(root: try Self.catalogue())
    let loader = ProjectLoader()
    var sequential = ProjectLoader.DecodedFiles()
    for (path, kind, root) in loader.discover(paths, diagnostics: &sequential.diagnostics) {
      do throws(DiagnosticsError) {
        loader.decode(try loader.fileSystem.read(path, below: root), kind: kind, into: &sequential)
      } catch {
        sequential.diagnostics += error.diagnostics
      }
    }
    for _ in 0..<3 {
      let concurrent = loader.decode(paths)
      #expect(concurrent.files.map(\.path) == sequential.files.map(\.path))
      #expect(concurrent.resources.map(\.id.value) == sequential.resources.map(\.id.value))
      #expect(concurrent.rules.map(\.id.value) == sequential.rules.map(\.id.value))
      #expect(concurrent.diagnostics == sequential.diagnostics)
    }
    #expect(sequential.diagnostics.count >= 6)
    #expect(sequential.resources.count > 500)
  }

  @Test("an id listed twice, which checking refuses, still names its first resource when compiled")
  func repeatedIDNamesFirst() throws {
    let root = try Fixtures.copy(Fixtures.valid)
    try """
    - id: ai-intro
      title: The same id again
      provider: Test Academy
      url: https://example.org/again
      format: article
      minutes: 5
      level: 1
      capabilities: [ai.basics]

    """.write(toFile: root + "/catalogue/resources/again.yaml", atomically: true, encoding: .utf8)
    let paths = InputPaths(root: root)
    let loader = ProjectLoader()
    let project = try #require(
      loader.assemble(loader.decode(paths), catalogue: paths.catalogue).project)
    let compiled = CompiledProject(project)
    let first = try #require(project.resources.firstIndex { $0.id.value == "ai-intro" })
    #expect(project.resources.filter { $0.id.value == "ai-intro" }.count == 2)
    for id in project.resources.map(\.id.value) {
      let position = try #require(compiled.resourceIndex[id])
      #expect(project.resources[position.rawValue].id.value == id)
      #expect(compiled.facts.resourceIDs[id] == position)
    }
    #expect(compiled.resourceIndex["ai-intro"]?.rawValue == first)
  }
}
