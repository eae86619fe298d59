/// Checks a loaded project across files: references, ranges, duplicates, cycles, placeholders.
///
/// Finds every problem in one pass; never stops at the first.
struct Validator {
  /// The ids and levels references are checked against: made once per project, and shared by
  /// every learner checked against it.
  struct KnownNames: Sendable {
    let capabilityIDs: Set<String>
    let domainIDs: Set<String>
    let archetypeIDs: Set<String>
    let resourceIDs: Set<String>
    let levelRange: ClosedRange<Int>
    /// What selectors test, per resource: for the checks on what selectors choose.
    let facts: ResourceFacts
    /// The resources, in the order `facts` numbers them.
    let resources: PerResource<Resource>

    init(_ project: Project) {
      let framework = project.framework
      capabilityIDs = Set(framework.capabilities.map(\.id.value))
      domainIDs = Set(framework.domains.map(\.id.value))
      archetypeIDs = Set(framework.archetypes.map(\.id.value))
      resourceIDs = Set(project.resources.map(\.id.value))
      levelRange =
        framework.minimumLevel...Swift.max(framework.minimumLevel, framework.maximumLevel)
      facts = ResourceFacts(project.resources, capabilities: framework.capabilities)
      resources = PerResource(project.resources)
    }
  }

  let project: Project
  let known: KnownNames
  var diagnostics: [Diagnostic] = []

  var capabilityIDs: Set<String> { known.capabilityIDs }
  var domainIDs: Set<String> { known.domainIDs }
  var archetypeIDs: Set<String> { known.archetypeIDs }
  var resourceIDs: Set<String> { known.resourceIDs }
  var levelRange: ClosedRange<Int> { known.levelRange }

  init(project: Project, known: KnownNames? = nil) {
    self.project = project
    self.known = known ?? KnownNames(project)
  }

  /// Every problem in the project; `declaredOrder` is the resources and rules in file order,
  /// so that a duplicate is reported at its later occurrence.
  consuming func validate(declaredOrder: (resources: [Resource], rules: [Rule])) -> [Diagnostic] {
    validateFramework()
    reportDuplicates(declaredOrder.resources.map(\.id), what: "resource")
    reportDuplicates(declaredOrder.rules.map(\.id), what: "rule")
    validateResources()
    validateRules()
    for test in project.tests { validate(test) }
    return diagnostics
  }

  /// The ids of the resources a selector without placeholders chooses, in catalogue order.
  func selection(of selector: Selector) -> [String] {
    ResourceMatcher(selector: selector, binding: nil, facts: known.facts)
      .matchingIndices().map { known.resources[$0].id.value }
  }

  /// Whether a selector without placeholders chooses any resource.
  func selectsAny(_ selector: Selector) -> Bool {
    ResourceMatcher(selector: selector, binding: nil, facts: known.facts).matchesAny()
  }

  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  // MARK: - Shared checks

  /// Reports each repeated id at its later occurrence, with a note at the first.
  mutating func reportDuplicates(_ ids: [Located<String>], what: String) {
    var first: [String: SourceLocation] = [:]
    for id in ids {
      if let earlier = first[id.value] {
        report(.duplicateID(id, what: what, first: earlier))
      } else {
        first[id.value] = id.location
      }
    }
  }

  /// Reports an id that is not among the known ones, with the closest as a suggestion.
  mutating func checkKnown(
    _ id: Located<String>, in known: Set<String>, code: DiagnosticCode, what: String
  ) {
    guard !known.contains(id.value) else { return }
    report(.unknown(id, code: code, what: what, known: known))
  }

  /// Reports a capability id or glob that names nothing.
  mutating func checkCapabilityPattern(_ pattern: Located<String>) {
    let glob = Glob(pattern.value)
    guard glob.isWildcard else {
      checkKnown(pattern, in: capabilityIDs, code: .unknownCapability, what: "capability")
      return
    }
    if !capabilityIDs.contains(where: glob.matches) {
      report(
        .globMatchesNothing(pattern, capabilities: project.framework.capabilities.map(\.id.value)))
    }
  }

  /// Reports a level outside the framework's range (or `range`, when given).
  mutating func checkLevel(_ level: Located<Int>, _ what: String, in range: ClosedRange<Int>? = nil)
  {
    let range = range ?? levelRange
    guard !range.contains(level.value) else { return }
    report(.levelOutOfRange(level, what: what, range: range))
  }

  // MARK: - Framework

  mutating func validateFramework() {
    let framework = project.framework
    let file = SourceLocation.file(framework.file)
    if framework.levels.isEmpty {
      report(.noLevels(in: file))
    }
    var seenLevels: Set<Int> = []
    for level in framework.levels where !seenLevels.insert(level.level).inserted {
      report(.duplicateLevel(level.level, in: file))
    }
    reportDuplicates(framework.archetypes.map(\.id), what: "archetype")
    reportDuplicates(
      framework.domains.map(\.id) + framework.capabilities.map(\.id), what: "domain or capability")
    for capability in framework.capabilities {
      for statement in capability.statements {
        for archetype in statement.archetypes {
          checkKnown(archetype, in: archetypeIDs, code: .unknownArchetype, what: "archetype")
        }
        if let level = statement.level { checkLevel(level, "statement level") }
      }
    }
    for expectation in framework.expectations {
      checkKnown(
        expectation.archetype, in: archetypeIDs, code: .unknownArchetype, what: "archetype")
      if let level = expectation.defaultLevel { checkLevel(level, "expected level") }
      for (key, level) in expectation.levels {
        if !capabilityIDs.contains(key.value) && !domainIDs.contains(key.value) {
          report(.unknownExpectationKey(key, known: capabilityIDs.union(domainIDs)))
        }
        checkLevel(level, "expected level")
      }
    }
  }
}

extension Diagnostic {
  /// An id defined a second time.
  static func duplicateID(_ id: Located<String>, what: String, first: SourceLocation)
    -> Diagnostic
  {
    Diagnostic(
      .duplicateID, "duplicate \(what) id `\(id.value)`", at: id.location,
      help: "give each \(what) its own id",
      notes: [Note(message: "first defined here", location: first)])
  }

  /// A level listed twice in the framework, which has no place for each level's line.
  static func duplicateLevel(_ level: Int, in file: SourceLocation) -> Diagnostic {
    Diagnostic(.duplicateID, "level \(level) is listed twice", at: file)
  }

  /// An id that names nothing of its kind (`code` says which kind), with the closest as help.
  static func unknown(
    _ id: Located<String>, code: DiagnosticCode, what: String, known: Set<String>
  ) -> Diagnostic {
    Diagnostic(
      code, "unknown \(what) `\(id.value)`", at: id.location,
      help: didYouMeanOrList(id.value, in: known.sorted(), naming: "\(what)s"))
  }

  /// A key of an expectation that is neither `default` nor a capability or domain.
  static func unknownExpectationKey(_ key: Located<String>, known: Set<String>) -> Diagnostic {
    Diagnostic(
      .unknownCapability, "unknown capability or domain `\(key.value)`", at: key.location,
      help: didYouMean(key.value, in: known.sorted())
        ?? "use `default`, a domain id or a capability id")
  }

  /// A capability pattern with a wildcard that matches no capability.
  static func globMatchesNothing(_ pattern: Located<String>, capabilities: [String]) -> Diagnostic {
    Diagnostic(
      .globMatchesNothing, "`\(pattern.value)` matches no capability", at: pattern.location,
      help: "capabilities are " + capabilities.prefix(6).map { "`\($0)`" }.joined(separator: ", ")
        + (capabilities.count > 6 ? ", ..." : ""))
  }

  /// A level outside the framework's levels (or a narrower range).
  static func levelOutOfRange(_ level: Located<Int>, what: String, range: ClosedRange<Int>)
    -> Diagnostic
  {
    Diagnostic(
      .levelOutOfRange, "\(what) \(level.value) is outside the framework's levels",
      at: level.location, help: "use a level from \(range.lowerBound) to \(range.upperBound)")
  }

  /// A framework with no levels.
  static func noLevels(in file: SourceLocation) -> Diagnostic {
    Diagnostic(.missingKey, "the framework has no levels", at: file, help: "list levels from 0 up")
  }
}
