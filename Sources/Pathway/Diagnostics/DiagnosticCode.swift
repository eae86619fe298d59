/// The stable identifier of each kind of diagnostic: a `PW` number and a kebab-case name.
///
/// The number is written beside each case and never changes once given: a new code takes the
/// next free number at the end. The name is the case's name in kebab case (`unknownKey` is
/// `unknown-key`).
public enum DiagnosticCode: Int, Sendable, CaseIterable, Hashable {
  case yamlSyntax = 1
  case invalidEncoding = 2
  case nestingTooDeep = 3
  case aliasBudgetExceeded = 4
  case fileTooLarge = 5
  case unknownAlias = 6
  case mergeKeyUnsupported = 7
  case duplicateKey = 8
  case unknownKey = 9
  case missingKey = 10
  case wrongType = 11
  case invalidValue = 12
  case invalidID = 13
  case duplicateID = 14
  case unknownCapability = 15
  case unknownDomain = 16
  case unknownArchetype = 17
  case unknownResource = 18
  case levelOutOfRange = 19
  case globMatchesNothing = 20
  case prerequisiteCycle = 21
  case nonPositiveWeight = 22
  case unknownPlaceholder = 23
  case unboundPlaceholder = 24
  case invalidURL = 25
  case nonPositiveMinutes = 26
  case resourceWithoutCapability = 27
  case staleReview = 28
  case capabilityWithoutResource = 29
  case missingFile = 30
  case unreadableFile = 31
  case emptyFile = 32
  case unknownFileKind = 33
  case missingFramework = 34
  case duplicateFramework = 35
  case multipleDocuments = 36
  case excludedRequirement = 37
  case scalarTooLong = 38
  case tooManyEntries = 39
  case selectorSelectsNothing = 40
  case ruleNeverFires = 41
  case conflictingKeys = 42
  case writeFailed = 43
  case selectorNeverMatches = 44
  case differentFrameworks = 45

  /// The kebab-case name, such as `unknown-capability`.
  public var name: String {
    var name = ""
    var previous: Character = " "
    for character in String(describing: self) {
      if character.isUppercase, previous.isLowercase || previous.isNumber { name += "-" }
      name += character.lowercased()
      previous = character
    }
    return name
  }

  /// The SARIF rule id: `PW` and the number in three digits, such as `PW015`.
  public var ruleID: String {
    let digits = String(rawValue)
    return "PW" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }
}
