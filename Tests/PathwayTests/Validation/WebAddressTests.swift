import Testing

@testable import Pathway

@Suite("Web addresses")
struct WebAddressTests {
  @Test(
    "an absolute http(s) address with a host is one, in any case of its scheme",
    arguments: [
      "https://example.org/x", "HTTP://EXAMPLE.org", "Https://e.org?q=1", "http://é.fr/ü",
    ])
  func accepted(_ address: String) {
    #expect(Validator.isWebAddress(address))
  }

  @Test(
    "no scheme, another scheme, no host or any whitespace is not one",
    arguments: [
      "example.org", "ftp://example.org", "https://", "https:///path", "https://exa mple.org",
      "https://example.org/\tx", "https://example.org/\u{00A0}x", "https://é.fr/\u{2003}",
      "httpx://example.org",
    ])
  func refused(_ address: String) {
    #expect(!Validator.isWebAddress(address))
  }
}
