import ArgumentParser
import Foundation
import PathwayStore
import PathwayWeb

/// `pathway-server export --organisation ORG`: an organisation's current learners, pseudonymised.
struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write an organisation's current learners as JSON Lines, pseudonymised.",
    discussion: """
      For `pathway report`, `diff` and `batch`: each learner's current assessment, the resources \
      they have marked done among the completed ones, with a fresh \
      random id at each export, and no record id and no dates.
      """)

  @Option(help: "The organisation.")
  var organisation: String

  @OptionGroup var records: StoreOptions

  func run() async throws {
    let learners = try await records.withStore {
      try await $0.currentLearners(organisation: organisation)
    }
    for learner in learners {
      print(RecordExport.pseudonymised(learner))
    }
  }
}
