import Foundation

/// Finds, reads and decodes the rules and catalogue named by `InputPaths`, and puts them together
/// as one project (`Validator` checks it next).
public struct ProjectLoader: Sendable {
  public var limits: ReadingLimits
  public var fileSystem: FileSystem

  /// A loader with the given limits.
  public init(limits: ReadingLimits = ReadingLimits(), fileSystem: FileSystem = FileSystem()) {
    self.limits = limits
    self.fileSystem = fileSystem
  }

  /// What a file holds, told by its place or its top-level shape.
  enum FileKind { case framework, resources, rules, tests }

  /// What the files of a project decode to, before they are checked against each other.
  public struct DecodedFiles: Sendable {
    var files: [SourceFile] = []
    var frameworks: [Framework] = []
    var resources: [Resource] = []
    var rules: [Rule] = []
    var tests: [RuleTest] = []
    var diagnostics: [Diagnostic] = []

    /// Adds `other`'s files after these, as if read in one run.
    mutating func add(_ other: DecodedFiles) {
      files += other.files
      frameworks += other.frameworks
      resources.append(taking: other.resources)
      rules.append(taking: other.rules)
      tests += other.tests
      diagnostics += other.diagnostics
    }

    /// These files and then `other`'s, as if read in one run.
    func adding(_ other: DecodedFiles) -> DecodedFiles {
      var both = self
      both.add(other)
      return both
    }
  }

  /// Finds, reads and decodes every file the paths name, each on its own.
  ///
  /// The files are read and decoded across the cores, and put together in the order they were
  /// found: what one file holds never depends on another.
  public func decode(_ paths: InputPaths) -> DecodedFiles {
    var decoded = DecodedFiles()
    let files = discover(paths, diagnostics: &decoded.diagnostics)
    let each = ConcurrentSlots(count: files.count, repeating: DecodedFiles())
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let (path, placeKind, root) = files[index]
      var one = DecodedFiles()
      do throws(DiagnosticsError) {
        decode(
          try fileSystem.read(path, below: root, limit: limits.maxFileBytes), kind: placeKind,
          into: &one)
      } catch {
        one.diagnostics += error.diagnostics
      }
      each.store(one, at: index)
    }
    for one in each.values { decoded.add(one) }
    return decoded
  }

  /// Decodes one file, of the kind its place tells or else of the kind its keys tell.
  func decode(_ file: SourceFile, kind placeKind: FileKind?, into decoded: inout DecodedFiles) {
    decoded.files.append(file)
    guard let events = readEvents(file, diagnostics: &decoded.diagnostics) else { return }
    guard let kind = placeKind ?? Self.kind(of: events) else {
      events.finish()
      decoded.diagnostics +=
        events.diagnostics.isEmpty
        ? [.unknownFileKind(file.path)] : events.diagnostics
      return
    }
    var decoder = EventDecoder(events)
    var found = DecodedFiles()
    switch kind {
    case .framework: decoder.framework().map { found.frameworks.append($0) }
    case .resources: found.resources = decoder.resources()
    case .rules: found.rules = decoder.rules()
    case .tests: found.tests = decoder.ruleTests()
    }
    found.diagnostics = decoder.diagnostics
    // A file the reading stopped in, anywhere, gives only what stopped it, as before decoding.
    events.finish()
    guard events.diagnostics.isEmpty else {
      decoded.diagnostics += events.diagnostics
      return
    }
    decoded.frameworks += found.frameworks
    decoded.resources.append(taking: found.resources)
    decoded.rules.append(taking: found.rules)
    decoded.tests += found.tests
    decoded.diagnostics += found.diagnostics
  }

  public func assemble(_ decoded: DecodedFiles, catalogue: [String]) -> (
    project: Project?, diagnostics: [Diagnostic]
  ) {
    var diagnostics = decoded.diagnostics
    guard let framework = decoded.frameworks.first else {
      diagnostics.append(.missingFramework(in: catalogue, absolute: catalogue.map(Self.absolute)))
      return (nil, diagnostics)
    }
    for extra in decoded.frameworks.dropFirst() {
      diagnostics.append(.duplicateFramework(extra.file, first: framework.file))
    }
    let project = Project(
      framework: framework,
      resources: decoded.resources.sorted { $0.id.value < $1.id.value },
      rules: decoded.rules.sorted { $0.id.value < $1.id.value },
      tests: decoded.tests,
      files: decoded.files)
    return (project, diagnostics)
  }

  /// Reads and decodes one resources file, without checking it against anything else: what
  /// catalogue loading costs for one file.
  public func decodeResources(fileAt path: String) -> (
    resources: [Resource], diagnostics: [Diagnostic]
  ) {
    var decoded = DecodedFiles()
    do throws(DiagnosticsError) {
      let file = try fileSystem.read(path, limit: limits.maxFileBytes)
      decode(file, kind: .resources, into: &decoded)
    } catch {
      decoded.diagnostics += error.diagnostics
    }
    return (decoded.resources, decoded.diagnostics)
  }

  /// One file's events, read as they are decoded; nil (reported) when it is empty, or when what
  /// is known before decoding stops it.
  func readEvents(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> YAMLStream? {
    let events: YAMLStream
    do throws(DiagnosticsError) {
      events = try YAMLReader(limits: limits).stream(file.bytes, file: file.path)
    } catch {
      diagnostics += error.diagnostics
      return nil
    }
    let first = events.event(at: 0)
    guard first == nil || (first?.isNull == true && events.event(at: 1) == nil) else {
      return events
    }
    events.finish()
    diagnostics += events.diagnostics.isEmpty ? [.emptyFile(file.path)] : events.diagnostics
    return nil
  }

  /// The absolute folder a path is looked for in, for a message when it is not there.
  static func folder(holding path: String) -> String {
    absolute((path as NSString).deletingLastPathComponent)
  }

  /// A path made absolute against the current folder, for a message naming where Pathway looked.
  static func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let current = FileManager.default.currentDirectoryPath
    return path.isEmpty ? current : current + "/" + path
  }

  /// Every input file in sorted path order, with its kind where its place tells it, and the
  /// folder the user named that holds it.
  func discover(
    _ paths: InputPaths, diagnostics: inout [Diagnostic]
  ) -> [(path: String, kind: FileKind?, root: String?)] {
    var found: [(path: String, kind: FileKind?, root: String?)] = []
    for path in paths.catalogue {
      let (exists, isFolder) = fileSystem.kind(of: path)
      guard exists else {
        diagnostics.append(
          .missingFile(
            path, lookedIn: Self.folder(holding: path),
            help: "name the catalogue folder with `--catalogue`"))
        continue
      }
      guard isFolder else {
        found.append((path, nil, nil))
        continue
      }
      let folder = FileSystem.trimmingTrailingSlashes(path)
      let framework = folder + "/framework.yaml"
      let resources = folder + "/resources"
      let hasFramework = fileSystem.kind(of: framework).exists
      let hasResources = fileSystem.kind(of: resources).isFolder
      if hasFramework { found.append((framework, .framework, folder)) }
      if hasResources {
        let (files, unreadable) = fileSystem.yamlFiles(under: resources)
        found += files.map { ($0, .resources, folder) }
        diagnostics += unreadable
      }
      if !hasFramework && !hasResources {
        let (files, unreadable) = fileSystem.yamlFiles(under: folder)
        found += files.map { ($0, nil, folder) }
        diagnostics += unreadable
      }
    }
    for path in paths.rules {
      let (exists, isFolder) = fileSystem.kind(of: path)
      guard exists else {
        diagnostics.append(
          .missingFile(
            path, lookedIn: Self.folder(holding: path), help: "name the rules folder with `--rules`"
          ))
        continue
      }
      let folder = FileSystem.trimmingTrailingSlashes(path)
      guard isFolder else {
        found.append((path, nil, nil))
        continue
      }
      let (files, unreadable) = fileSystem.yamlFiles(under: folder)
      found += files.map { ($0, nil, folder) }
      diagnostics += unreadable
    }
    return fileSystem.firstOfEachFile(found, path: \.path)
  }

  /// What a document holds, from its top-level keys; nil when nothing tells.
  static func kind(of events: YAMLStream) -> FileKind? {
    guard let first = events.event(at: 0) else { return nil }
    if first.kind == .sequenceStart { return .resources }
    guard first.kind == .mappingStart else { return nil }
    let keys = Set(events.keys(ofMappingAt: 0))
    if keys.contains("rules") { return .rules }
    if keys.contains("tests") { return .tests }
    if keys.contains("resources") { return .resources }
    if !keys.isDisjoint(with: ["levels", "archetypes", "domains", "expectations"]) {
      return .framework
    }
    return nil
  }
}

extension Diagnostic {
  /// A file that is neither rules, tests nor resources by its first key.
  static func unknownFileKind(_ path: String) -> Diagnostic {
    Diagnostic(
      .unknownFileKind, "cannot tell what this file holds",
      at: SourceLocation(file: path, line: 1, column: 1),
      help:
        "a rules file starts with `rules:`, a tests file with `tests:`, a resources file with `resources:` or a list"
    )
  }

  /// No framework among the catalogue's files.
  static func missingFramework(in catalogue: [String], absolute: [String]) -> Diagnostic {
    Diagnostic(
      .missingFramework, "no framework found (looked in \(absolute.joined(separator: ", ")))",
      at: .file(catalogue.joined(separator: ", ")),
      help:
        "put the framework in `framework.yaml` in the catalogue folder, or name it with `--catalogue`"
    )
  }

  /// A framework after the first.
  static func duplicateFramework(_ path: String, first: String) -> Diagnostic {
    Diagnostic(
      .duplicateFramework, "a second framework; only one can be used", at: .file(path),
      notes: [Note(message: "the first framework", location: .file(first))])
  }

  /// A file with nothing in it but comments and space.
  static func emptyFile(_ path: String) -> Diagnostic {
    Diagnostic(
      .emptyFile, "file is empty", at: SourceLocation(file: path, line: 1, column: 1),
      help: "add content or delete the file")
  }
}

extension Array {
  /// Appends `other`; when this is empty, by taking its storage instead of copying its elements
  /// (a large catalogue file's resources are not held twice).
  mutating func append(taking other: [Element]) {
    if isEmpty { self = other } else { append(contentsOf: other) }
  }
}
