import ArgumentParser
import Foundation
import Logging
import PathwayStore

/// `pathway-server lead add|list|remove`: the keys workforce leads read reports with.
struct LeadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lead",
    abstract: "Add, list or revoke the keys workforce leads read an organisation's report with.",
    subcommands: [Add.self, List.self, Remove.self])

  /// `lead add --organisation ORG`.
  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make a new key for a lead; the key is the last line.")

    @Option(help: "The organisation whose report the key reads.")
    var organisation: String

    @OptionGroup var records: StoreOptions

    func run() async throws {
      let id = Secret.identifier()
      let key = id + "." + Secret.key()
      try await records.withStore { store in
        guard try await store.joinHash(organisation: organisation) != nil else {
          throw StoreOptions.failure("there is no organisation \(organisation); add it first")
        }
        try await store.addLead(
          LeadKey(
            id: id, organisation: organisation, keyHash: Secret.hash(key),
            created: Int64(Date().timeIntervalSince1970)))
      }
      print("Lead key \(id) for \(organisation), shown this once (only a hash is kept):")
      print(key)
    }
  }

  /// `lead list --organisation ORG`.
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List an organisation's lead keys: each key's id and the day it was made.")

    @Option(help: "The organisation.")
    var organisation: String

    @OptionGroup var records: StoreOptions

    func run() async throws {
      let leads = try await records.withStore { try await $0.leads(organisation: organisation) }
      for lead in leads {
        let day = Date(timeIntervalSince1970: TimeInterval(lead.created)).formatted(
          Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
        print("\(lead.id)  \(day)")
      }
    }
  }

  /// `lead remove --key-id ID`.
  struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Revoke a lead's key.")

    @Option(help: "The key's id, as `lead list` shows it.")
    var keyId: String

    @OptionGroup var records: StoreOptions

    func run() async throws {
      guard try await records.withStore({ try await $0.removeLead(keyId) }) else {
        throw StoreOptions.failure("there is no lead key \(keyId)")
      }
      print("Lead key \(keyId) revoked.")
    }
  }
}
