/// The stable identifier of each kind of diagnostic: a kebab-case name and a `PW` number.
///
/// Numbers never change once given; new codes take the next free number.
public enum DiagnosticCode: String, Sendable, CaseIterable, Hashable {
  case yamlSyntax = "yaml-syntax"
  case invalidEncoding = "invalid-encoding"
  case nestingTooDeep = "nesting-too-deep"
  case aliasBudgetExceeded = "alias-budget-exceeded"
  case fileTooLarge = "file-too-large"
  case unknownAlias = "unknown-alias"
  case mergeKeyUnsupported = "merge-key-unsupported"
  case duplicateKey = "duplicate-key"
  case unknownKey = "unknown-key"
  case missingKey = "missing-key"
  case wrongType = "wrong-type"
  case invalidValue = "invalid-value"
  case invalidID = "invalid-id"
  case duplicateID = "duplicate-id"
  case unknownCapability = "unknown-capability"
  case unknownDomain = "unknown-domain"
  case unknownArchetype = "unknown-archetype"
  case unknownResource = "unknown-resource"
  case levelOutOfRange = "level-out-of-range"
  case globMatchesNothing = "glob-matches-nothing"
  case prerequisiteCycle = "prerequisite-cycle"
  case nonPositiveWeight = "non-positive-weight"
  case unknownPlaceholder = "unknown-placeholder"
  case unboundPlaceholder = "unbound-placeholder"
  case invalidURL = "invalid-url"
  case nonPositiveMinutes = "non-positive-minutes"
  case resourceWithoutCapability = "resource-without-capability"
  case staleReview = "stale-review"
  case capabilityWithoutResource = "capability-without-resource"
  case missingFile = "missing-file"
  case unreadableFile = "unreadable-file"
  case emptyFile = "empty-file"
  case unknownFileKind = "unknown-file-kind"
  case missingFramework = "missing-framework"
  case duplicateFramework = "duplicate-framework"
  case multipleDocuments = "multiple-documents"
  case excludedRequirement = "excluded-requirement"
  case scalarTooLong = "scalar-too-long"
  case tooManyEntries = "too-many-entries"
  case selectorSelectsNothing = "selector-selects-nothing"
  case ruleNeverFires = "rule-never-fires"
  case selectorNeverMatches = "selector-never-matches"

  /// The SARIF rule id, `PW001` onwards, in declaration order.
  public var ruleID: String {
    let number = (Self.allCases.firstIndex(of: self) ?? 0) + 1
    let digits = String(number)
    return "PW" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }
}
