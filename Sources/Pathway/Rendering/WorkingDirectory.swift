import Foundation

/// The folder the command runs in.
enum WorkingDirectory {
  static var path: String { FileManager.default.currentDirectoryPath }
}
