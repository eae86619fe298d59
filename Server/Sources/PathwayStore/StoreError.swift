/// Why the store cannot be used.
public enum StoreError: Error, CustomStringConvertible, Equatable {
  /// The database's schema is newer than this server knows.
  case newerSchema(found: Int, known: Int)
  /// The SQLite file holds another program's tables.
  case notPathway
  /// `--store` is not a form the store reads.
  case badLocation(String)

  public var description: String {
    switch self {
    case .newerSchema(let found, let known):
      "the store's schema is version \(found), newer than this server's \(known); run a newer pathway-server"
    case .notPathway: "the file is a SQLite database, but not Pathway's"
    case .badLocation(let text):
      "`\(text)` is not a store: use sqlite:PATH, postgres://USER:PASSWORD@HOST:PORT/DB, postgres+uds://USER@localhost/SOCKET-PATH#DB or none"
    }
  }
}
