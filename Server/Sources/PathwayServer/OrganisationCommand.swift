import ArgumentParser
import Foundation
import Logging
import PathwayStore

/// `pathway-server organisation add|remove`: the organisations records can join.
struct OrganisationCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "organisation",
    abstract: "Add or remove an organisation that learners' records can join.",
    subcommands: [Add.self, Remove.self])

  /// `organisation add ORG`.
  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an organisation, or give it a new join code; the code is the last line.")

    @Argument(help: "The organisation's id, such as its ODS code.")
    var organisation: String

    @Option(help: "The organisation's name.")
    var name: String?

    @OptionGroup var records: StoreOptions

    func run() async throws {
      let code = Secret.key()
      try await records.withStore {
        try await $0.putOrganisation(
          id: organisation, name: name ?? organisation, joinHash: Secret.hash(code),
          at: Int64(Date().timeIntervalSince1970))
      }
      print(
        "Organisation \(organisation) added. Its join code, shown this once (only a hash is kept):")
      print(code)
    }
  }

  /// `organisation remove ORG`.
  struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove an organisation and its leads' keys; its learners keep their records.")

    @Argument(help: "The organisation's id.")
    var organisation: String

    @OptionGroup var records: StoreOptions

    func run() async throws {
      guard try await records.withStore({ try await $0.removeOrganisation(organisation) }) else {
        throw StoreOptions.failure("there is no organisation \(organisation)")
      }
      print("Organisation \(organisation) removed.")
    }
  }
}
