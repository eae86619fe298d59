import ArgumentParser
import Pathway

extension SchemaKind: ExpressibleByArgument {}

/// `pathway schema KIND`: the JSON Schema of a kind of file, for editors.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema of framework, resources, rules, tests or learner files.")

  @Argument(help: "framework, resources, rules, tests or learner.")
  var kind: SchemaKind

  func run() throws {
    try Output.print(JSONSchemaGenerator().schema(for: kind).serialized(pretty: true) + "\n")
  }
}
