import Foundation

/// The files a command reads, listed and read through one place.
public struct FileSystem: Sendable {
  /// The machine's files.
  public init() {}

  /// Whether a path exists, and whether it is a folder.
  func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    return (exists, isFolder.boolValue)
  }

  /// The YAML files (`.yaml`, `.yml`) under a folder, at any depth, in sorted path order.
  func yamlFiles(under folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
      let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
      if !kind(of: path).isFolder { files.append(path) }
    }
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The bytes of a file, or a diagnostic saying why it could not be read.
  func read(_ path: String) -> Result<SourceFile, DiagnosticsError> {
    let (exists, isFolder) = kind(of: path)
    guard exists else {
      return .failure(DiagnosticsError([Diagnostic(.missingFile, "no such file or folder", at: .file(path))]))
    }
    guard !isFolder, let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        DiagnosticsError([
          Diagnostic(.unreadableFile, isFolder ? "expected a file, found a folder" : "cannot read the file", at: .file(path))
        ]))
    }
    return .success(SourceFile(path: path, bytes: [UInt8](data)))
  }
}
