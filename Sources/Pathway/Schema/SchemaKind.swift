/// The kinds of file educators and learners write, each with a JSON Schema.
public enum SchemaKind: String, Sendable, CaseIterable {
  case framework, resources, rules, tests, learner

  /// The file's title in its schema.
  var title: String {
    switch self {
    case .framework: "Pathway capability framework"
    case .resources: "Pathway learning resources"
    case .rules: "Pathway rules"
    case .tests: "Pathway rule tests"
    case .learner: "Pathway learner"
    }
  }
}
