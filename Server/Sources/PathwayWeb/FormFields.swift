import Foundation
import Hummingbird

/// The fields of a submitted form or a query string (`application/x-www-form-urlencoded`), in
/// the order sent; a name may repeat.
struct FormFields: Sendable {
  private(set) var pairs: [(name: String, value: String)] = []

  /// The fields of a query string, `+` read as a space and `%XX` decoded; a pair that does not
  /// decode is dropped.
  init(query: String?) {
    for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.decode(parts[0]), !name.isEmpty else { continue }
      let value = parts.count > 1 ? Self.decode(parts[1]) : ""
      if let value { pairs.append((name, value)) }
    }
  }

  /// The fields of a form's body, read up to a limit; throws when the body is larger.
  init(body request: Request, upTo limit: Int) async throws {
    let bytes = try await RecordsAPI.body(of: request, upTo: limit)
    self.init(query: String(decoding: bytes, as: UTF8.self))
  }

  /// The first value of a field, if sent.
  func first(_ name: String) -> String? {
    pairs.first { $0.name == name }?.value
  }

  /// Every value of a field, each once, in the order first sent.
  func all(_ name: String) -> [String] {
    var seen: Set<String> = []
    return pairs.filter { $0.name == name && seen.insert($0.value).inserted }.map(\.value)
  }

  /// The fields whose names start with a prefix, the prefix removed.
  func all(prefixed prefix: String) -> [(name: String, value: String)] {
    pairs.filter { $0.name.hasPrefix(prefix) }.map {
      (String($0.name.dropFirst(prefix.count)), $0.value)
    }
  }

  private static func decode(_ text: Substring) -> String? {
    String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }

  /// A query string of names and values, each percent-encoded so that it reads back the same.
  static func encode(_ pairs: [(name: String, value: String)]) -> String {
    pairs.map { encodeComponent($0.name) + "=" + encodeComponent($0.value) }.joined(separator: "&")
  }

  private static let unreserved = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

  private static func encodeComponent(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
  }
}
