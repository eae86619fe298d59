import ArgumentParser
import Pathway

/// `pathway init DIR`: a new rules repository for a trust.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract:
      "Start a rules repository: an example rule and test, the framework and catalogue, CI and pre-commit files."
  )

  @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
  var folder: String

  func run() throws {
    let written: [String]
    do {
      written = try RulesRepository.write(into: folder)
    } catch {
      throw Output.fail(error)
    }
    try Output.print("wrote \(written.count) files into \(folder)\n")
    try Output.print("next: cd \(folder) && pathway check && pathway test\n")
  }
}
