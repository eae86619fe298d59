import Foundation
import Testing

@testable import Pathway

/// Reading files: the size limit from the file's size, before reading; symlinked folders
/// followed, loops reported.
@Suite("File system")
struct FileSystemTests {
  @Test("a file over the limit is refused from its size, without reading it (a 64 GiB sparse file)")
  func sizeBeforeReading() throws {
    let path = try Fixtures.temporaryFolder() + "/huge.yaml"
    let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    // A sparse file: 64 GiB long, no disk used. Reading it whole would need 64 GiB of memory.
    let size = 64 << 30
    #expect(ftruncate(descriptor, off_t(size)) == 0)
    close(descriptor)
    let error = #expect(throws: DiagnosticsError.self, "a 64 GiB file was read") {
      try FileSystem().read(path, limit: ReadingLimits().maxFileBytes)
    }
    #expect(error?.diagnostics.map(\.code) == [.fileTooLarge])
    #expect(
      error?.diagnostics.first?.message == "file is \(size) bytes, over the limit of 16777216")
  }

  @Test("a file exactly at the limit is read; one byte over is not")
  func limitIsInclusive() throws {
    let path = try Fixtures.temporaryFile(named: "ten.yaml", contents: "a: 123456\n")
    #expect((try? FileSystem().read(path, limit: 10))?.bytes.count == 10)
    let error = #expect(throws: DiagnosticsError.self, "a file over the limit was read") {
      try FileSystem().read(path, limit: 9)
    }
    #expect(error?.diagnostics.first?.message == "file is 10 bytes, over the limit of 9")
  }

  @Test("the largest limit there is reads a file whole, and a pipe of unknown size too")
  func largestLimit() throws {
    let path = try Fixtures.temporaryFile(named: "ten.yaml", contents: "a: 123456\n")
    #expect((try? FileSystem().read(path, limit: .max))?.bytes.count == 10)
    #expect((try? FileSystem().read("/dev/null", limit: .max))?.bytes.isEmpty == true)
  }

  /// A copy of the valid project whose `safety.yaml` lives in a folder elsewhere, reached
  /// through a symlink of each name in `links` under its resources folder.
  static func projectLinking(_ links: [String]) throws -> (project: String, resources: String) {
    let project = try Fixtures.copy(Fixtures.valid)
    let resources = project + "/catalogue/resources"
    let elsewhere = try Fixtures.temporaryFolder() + "/safety"
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: resources + "/safety.yaml", toPath: elsewhere + "/safety.yaml")
    for link in links {
      try FileManager.default.createSymbolicLink(
        atPath: resources + "/" + link, withDestinationPath: elsewhere)
    }
    return (project, resources)
  }

  @Test("a symlinked folder of resources is followed, and its resources are in the catalogue")
  func symlinkedFolderFollowed() throws {
    let (project, resources) = try Self.projectLinking(["linked"])
    let (files, diagnostics) = FileSystem().yamlFiles(under: resources)
    #expect(diagnostics.isEmpty)
    #expect(files.contains(resources + "/linked/safety.yaml"))
    #expect(throws: Never.self) { try Pathway.check(InputPaths(root: project)) }
  }

  @Test("a folder reached through two symlinks is read once, through the one met first")
  func folderLinkedTwiceReadOnce() throws {
    let (project, resources) = try Self.projectLinking(["b-linked", "a-linked"])
    let (files, diagnostics) = FileSystem().yamlFiles(under: resources)
    #expect(diagnostics.isEmpty)
    #expect(files.filter { $0.hasSuffix("/safety.yaml") } == [resources + "/a-linked/safety.yaml"])
    #expect(throws: Never.self) { try Pathway.check(InputPaths(root: project)) }
  }

  @Test(
    "a catalogue folder named twice, or once as itself and once through a symlink, is read once")
  func catalogueNamedTwiceReadOnce() throws {
    let project = try Fixtures.copy(Fixtures.valid)
    let linked = try Fixtures.temporaryFolder() + "/catalogue"
    try FileManager.default.createSymbolicLink(
      atPath: linked, withDestinationPath: project + "/catalogue")
    for catalogue in [
      [project + "/catalogue", project + "/catalogue"], [project + "/catalogue", linked],
    ] {
      let paths = InputPaths(rules: [project + "/rules"], catalogue: catalogue)
      #expect(throws: Never.self) { try Pathway.check(paths) }
    }
  }

  @Test("a symlink back to a folder it is in is an error at the link, and the walk ends")
  func symlinkLoopReported() throws {
    let project = try Fixtures.copy(Fixtures.valid)
    let resources = project + "/catalogue/resources"
    try FileManager.default.createDirectory(
      atPath: resources + "/deeper", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: resources + "/deeper/loop", withDestinationPath: "..")
    let diagnostics = Fixtures.diagnostics(checking: InputPaths(root: project))
    #expect(diagnostics.hasErrors)
    let loop = diagnostics.filter { $0.code == .unreadableFile }
    #expect(loop.map(\.location.file) == [resources + "/deeper/loop"])
    #expect(
      loop.first?.message == "this symlink leads back to a folder it is in, so it is not followed")
  }

  @Test(
    "a folder that cannot be read is an error naming it (skipped as root, which reads everything)")
  func unreadableFolder() throws {
    guard getuid() != 0 else {
      print("skipped: root reads every folder; scripts/reliability-test.sh checks this as nobody")
      return
    }
    let folder = try Fixtures.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/locked", withIntermediateDirectories: true)
    #expect(chmod(folder + "/locked", 0) == 0)
    defer { chmod(folder + "/locked", 0o755) }
    let (_, diagnostics) = FileSystem().yamlFiles(under: folder)
    #expect(diagnostics.map(\.message) == ["cannot read the folder: permission denied"])
  }
}
