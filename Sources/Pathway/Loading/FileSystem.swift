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

  /// A folder's path without trailing slashes (but `/` stays `/`).
  static func trimmingTrailingSlashes(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// The YAML files (`.yaml`, `.yml`) under a folder, at any depth, in sorted path order.
  func yamlFiles(under folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
      let path = folder == "/" ? "/" + relative : folder + "/" + relative
      if !kind(of: path).isFolder { files.append(path) }
    }
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The bytes of a file, or a diagnostic saying why it could not be read; `root` is the folder
  /// the user named, when the file was found in one.
  func read(_ path: String, below root: String? = nil) -> Result<SourceFile, DiagnosticsError> {
    let (exists, isFolder) = kind(of: path)
    guard exists else {
      return .failure(DiagnosticsError([.missingFile(path)]))
    }
    guard !isFolder, let data = FileManager.default.contents(atPath: path) else {
      return .failure(DiagnosticsError([isFolder ? .folderForFile(path) : .unreadableFile(path)]))
    }
    let prefix = root.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    let name =
      if let prefix, path.hasPrefix(prefix) { String(path.dropFirst(prefix.count)) } else {
        String(path.split(separator: "/").last ?? Substring(path))
      }
    return .success(SourceFile(path: path, name: name, bytes: [UInt8](data)))
  }
}

extension Diagnostic {
  /// A named file or folder that does not exist; `lookedIn` is the folder it was looked for in,
  /// and `help` says how to name the right one.
  static func missingFile(_ path: String, lookedIn folder: String? = nil, help: String? = nil)
    -> Diagnostic
  {
    Diagnostic(
      .missingFile, "no such file or folder" + (folder.map { " (looked in \($0))" } ?? ""),
      at: .file(path), help: help)
  }

  /// A file that exists but cannot be read.
  static func unreadableFile(_ path: String) -> Diagnostic {
    Diagnostic(.unreadableFile, "cannot read the file", at: .file(path))
  }

  /// A folder named where a file is expected.
  static func folderForFile(_ path: String) -> Diagnostic {
    Diagnostic(.unreadableFile, "expected a file, found a folder", at: .file(path))
  }
}
