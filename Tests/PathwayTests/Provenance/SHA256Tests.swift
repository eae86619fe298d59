import Testing

@testable import Pathway

/// The known-answer vectors of FIPS 180-4's examples (NIST's "SHA-256" example values).
@Suite("SHA-256")
struct SHA256Tests {
  static func digest(_ bytes: some Sequence<UInt8>) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.hexDigest()
  }

  @Test("the empty message")
  func empty() {
    #expect(
      Self.digest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test("\"abc\", one block")
  func abc() {
    #expect(
      Self.digest("abc".utf8)
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test("the 448-bit message, whose padding takes a second block")
  func twoBlocks() {
    #expect(
      Self.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test("one million `a`, fed in uneven pieces")
  func millionA() {
    var hash = SHA256()
    var left = 1_000_000
    var piece = 1
    while left > 0 {
      let count = min(piece, left)
      hash.update(repeatElement(UInt8(ascii: "a"), count: count))
      left -= count
      piece = piece * 3 % 997 + 1
    }
    #expect(
      hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
