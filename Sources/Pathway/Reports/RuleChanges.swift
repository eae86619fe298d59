/// Which rules differ between two rule sets, by id: added, removed, or written differently
/// (compared as written, ignoring where in the files they stand).
public struct RuleChanges: Sendable {
  public var added: [String] = []
  public var removed: [String] = []
  public var changed: [String] = []

  /// No differences.
  public init() {}

  /// Every rule id that differs.
  public var all: Set<String> { Set(added + removed + changed) }

  /// Compares the rules of two checked rule sets.
  public init(before: Pathway, after: Pathway) {
    let old = Self.texts(of: before.compiled.project)
    let new = Self.texts(of: after.compiled.project)
    added = new.keys.filter { old[$0] == nil }.sorted()
    removed = old.keys.filter { new[$0] == nil }.sorted()
    changed = new.keys.filter { old[$0] != nil && old[$0] != new[$0] }.sorted()
  }

  /// Each rule's text as written: from its first line to the line before the next rule of its
  /// file (or the file's end), without comments, blank lines or indentation.
  static func texts(of project: Project) -> [String: String] {
    var texts: [String: String] = [:]
    let rulesByFile = Dictionary(grouping: project.rules, by: \.location.file)
    for file in project.files {
      guard let rules = rulesByFile[file.path] else { continue }
      let lines = String(decoding: file.bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let starts = rules.map(\.location.line).sorted()
      for rule in rules {
        let start = rule.location.line - 1
        let end = (starts.first { $0 > rule.location.line } ?? lines.count + 1) - 1
        guard start >= 0, start < end, end <= lines.count else { continue }
        texts[rule.id.value] = lines[start..<end]
          .map { $0.drop { $0 == " " || $0 == "-" } }
          .filter { !$0.isEmpty && !$0.hasPrefix("#") }
          .joined(separator: "\n")
      }
    }
    return texts
  }
}
