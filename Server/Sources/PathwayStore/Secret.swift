import Crypto
import Foundation

/// The random keys and codes the store hands out, and how they are kept: only as SHA-256 hashes.
public enum Secret {
  /// A new key of 256 random bits, in base64url without padding.
  public static func key() -> String {
    base64URL(randomBytes(32))
  }

  /// A new identifier of 96 random bits, in lowercase hexadecimal.
  public static func identifier() -> String {
    randomBytes(12).map { String(format: "%02x", $0) }.joined()
  }

  /// The SHA-256 hash of a secret, in lowercase hexadecimal: what the store keeps.
  public static func hash(_ secret: String) -> String {
    SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  /// Whether a secret hashes to a stored hash, in time that does not depend on where they differ.
  public static func matches(_ secret: String, hash stored: String) -> Bool {
    let given = Array(hash(secret).utf8)
    let kept = Array(stored.utf8)
    var difference = UInt8(given.count == kept.count ? 0 : 1)
    for index in 0..<given.count {
      difference |= given[index] ^ (index < kept.count ? kept[index] : 0)
    }
    return difference == 0
  }

  private static func randomBytes(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
  }

  private static func base64URL(_ bytes: [UInt8]) -> String {
    Data(bytes).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }
}
