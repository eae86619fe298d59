import Foundation

/// Where records are kept: a SQLite file, a PostgreSQL database, or nowhere.
public enum StoreLocation: Sendable, Equatable {
  case sqlite(path: String)
  /// A URL in one of postgres-kit's forms (`postgres://`, `postgresql://`, `postgres+uds://`).
  case postgres(url: String)
  case none

  /// The store of `sqlite:pathway.sqlite` in the working folder.
  public static let standard = StoreLocation.sqlite(path: "pathway.sqlite")

  /// Reads `sqlite:PATH`, a PostgreSQL URL or `none`; nil for anything else.
  public init?(_ text: String) {
    if text == "none" {
      self = .none
    } else if text.hasPrefix("sqlite:") {
      let path = String(text.dropFirst("sqlite:".count))
      guard !path.isEmpty else { return nil }
      self = .sqlite(path: path)
    } else if [
      "postgres://", "postgresql://", "postgres+tcp://", "postgresql+tcp://", "postgres+uds://",
      "postgresql+uds://",
    ].contains(
      where: text.hasPrefix)
    {
      self = .postgres(url: text)
    } else {
      return nil
    }
  }

  /// The location as written, with any password replaced by `***`, for logs and errors.
  public var redacted: String {
    switch self {
    case .none: return "none"
    case .sqlite(let path): return "sqlite:" + path
    case .postgres(let url): return Self.redact(url)
    }
  }

  /// Any text with the password of a URL in it replaced by `***`.
  public static func redact(_ text: String) -> String {
    guard let schemeEnd = text.range(of: "://"),
      let at = text[schemeEnd.upperBound...].lastIndex(of: "@")
    else { return text }
    let userInfo = text[schemeEnd.upperBound..<at]
    guard let colon = userInfo.firstIndex(of: ":") else { return text }
    return String(text[..<colon]) + ":***" + String(text[at...])
  }
}
