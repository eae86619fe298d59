/// Where the rules and the catalogue are: files or folders, as the user named them.
public struct InputPaths: Sendable, Hashable {
  public var rules: [String]
  public var catalogue: [String]

  /// The given paths; an empty list means the default folder (`rules`, `catalogue`).
  public init(rules: [String] = [], catalogue: [String] = []) {
    self.rules = rules.isEmpty ? ["rules"] : rules
    self.catalogue = catalogue.isEmpty ? ["catalogue"] : catalogue
  }

  /// The `rules` and `catalogue` folders inside a folder.
  public init(root: String) {
    self.init(rules: [root + "/rules"], catalogue: [root + "/catalogue"])
  }
}
