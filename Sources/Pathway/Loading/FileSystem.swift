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

  /// The YAML files (`.yaml`, `.yml`) under a folder, at any depth, in sorted path order, and a
  /// diagnostic for each folder that cannot be read.
  ///
  /// A symlink to a folder is followed; one that leads back to a folder it is inside (a loop)
  /// is an error at the link, and is not followed. A folder or file reached by several paths
  /// (through symlinks) is listed once, at the path the walk meets first (each folder's entries
  /// are walked in sorted order, depth first).
  func yamlFiles(under folder: String) -> (files: [String], diagnostics: [Diagnostic]) {
    var listing = FolderListing()
    listing.walk(folder, ancestors: [])
    let sorted = listing.files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return (sorted, listing.diagnostics)
  }

  /// The entries whose files were not met before.
  ///
  /// A file reached again (named in two arguments, or through a symlink in another folder
  /// named) is left out at its later paths, since read twice its resources and rules would
  /// clash with themselves. An entry whose file cannot be examined is kept, to be reported where
  /// it is named.
  func firstOfEachFile<Entry>(_ entries: [Entry], path: (Entry) -> String) -> [Entry] {
    var met: Set<FileIdentity> = []
    return entries.filter { entry in
      FileIdentity(path: path(entry)).map { met.insert($0).inserted } ?? true
    }
  }

  /// The bytes of a file, or a diagnostic saying why it could not be read; `root` is the folder
  /// the user named, when the file was found in one.
  ///
  /// A file over `limit` bytes is refused from its size alone, before any of it is read; at
  /// most `limit + 1` bytes are ever read, so a file that grows meanwhile is refused too.
  func read(
    _ path: String, below root: String? = nil, limit: Int = ReadingLimits().maxFileBytes
  ) throws(DiagnosticsError) -> SourceFile {
    func failure(_ diagnostic: Diagnostic) -> DiagnosticsError { DiagnosticsError([diagnostic]) }
    func tooLarge(_ size: Int) -> DiagnosticsError {
      failure(.fileTooLarge(path, bytes: size, limit: limit))
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT { throw failure(.missingFile(path)) }
      throw failure(.unreadableFile(path, reason: Self.reason(errno)))
    }
    if info.st_mode & S_IFMT == S_IFDIR { throw failure(.folderForFile(path)) }
    if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
      throw tooLarge(Int(info.st_size))
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(.unreadableFile(path, reason: Self.reason(errno))) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    // Room for the whole file, and the one byte more that tells it grew, so nothing is copied.
    if info.st_mode & S_IFMT == S_IFREG { bytes.reserveCapacity(Int(info.st_size) + 1) }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while bytes.count <= limit {
      let count = chunk.withUnsafeMutableBytes { buffer in
        Foundation.read(
          descriptor, buffer.baseAddress, min(buffer.count - 1, limit - bytes.count) + 1)
      }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw failure(.unreadableFile(path, reason: Self.reason(errno))) }
      if count == 0 { break }
      bytes += chunk[..<count]
    }
    if bytes.count > limit { throw tooLarge(max(Int(info.st_size), bytes.count)) }
    let prefix = root.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    let name =
      if let prefix, path.hasPrefix(prefix) { String(path.dropFirst(prefix.count)) } else {
        String(path.split(separator: "/").last ?? Substring(path))
      }
    return SourceFile(path: path, name: name, bytes: bytes)
  }

  /// The system's reason for an `errno`, in lowercase: "permission denied".
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}

/// A file's or folder's identity on the machine, which a symlink loop comes back to, and which
/// every path to the same file shares.
private struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }

  /// The identity of the file at `path`; nil when it cannot be examined.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(info)
  }
}

/// The walk behind `FileSystem.yamlFiles(under:)`: the files found and the folders that could
/// not be read.
private struct FolderListing {
  var files: [String] = []
  var diagnostics: [Diagnostic] = []
  /// The folders and files already listed, so that one reached again through a symlink is not
  /// read twice (its resources would clash with themselves).
  private var listed: Set<FileIdentity> = []

  /// Lists `folder` and the folders under it; `ancestors` are the folders it is inside.
  mutating func walk(_ folder: String, ancestors: Set<FileIdentity>) {
    var info = stat()
    guard stat(folder, &info) == 0 else { return }
    let id = FileIdentity(info)
    guard listed.insert(id).inserted else { return }
    guard let directory = opendir(folder) else {
      diagnostics.append(.unreadableFolder(folder, reason: FileSystem.reason(errno)))
      return
    }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { names.append(name) }
    }
    closedir(directory)
    let inside = ancestors.union([id])
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      let path = folder == "/" ? "/" + name : folder + "/" + name
      var entry = stat()
      guard stat(path, &entry) == 0 else {
        // A broken symlink: read as a file, so that it is reported where it is named.
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { files.append(path) }
        continue
      }
      guard entry.st_mode & S_IFMT == S_IFDIR else {
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
          listed.insert(FileIdentity(entry)).inserted
        {
          files.append(path)
        }
        continue
      }
      let child = FileIdentity(entry)
      guard !inside.contains(child) else {
        diagnostics.append(.symlinkLoop(path))
        continue
      }
      walk(path, ancestors: inside)
    }
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

  /// A file that exists but cannot be read, with the system's reason when there is one.
  static func unreadableFile(_ path: String, reason: String? = nil) -> Diagnostic {
    Diagnostic(
      .unreadableFile, "cannot read the file" + (reason.map { ": " + $0 } ?? ""), at: .file(path))
  }

  /// A folder named where a file is expected.
  static func folderForFile(_ path: String) -> Diagnostic {
    Diagnostic(.unreadableFile, "expected a file, found a folder", at: .file(path))
  }

  /// A folder that cannot be listed, so its files would silently be missing.
  static func unreadableFolder(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(
      .unreadableFile, "cannot read the folder: \(reason)", at: .file(path),
      help: "give read permission to the folder, or move its files elsewhere")
  }

  /// A symlink to a folder it is inside, which would be followed for ever.
  static func symlinkLoop(_ path: String) -> Diagnostic {
    Diagnostic(
      .unreadableFile, "this symlink leads back to a folder it is in, so it is not followed",
      at: .file(path), help: "remove the link, or point it outside the folder")
  }
}
