import Testing

@testable import Pathway

/// ICS addresses: a `URL:` value is a URI, never escaped as text.
@Suite("ICS addresses")
struct ICSAddressTests {
  @Test("`,` and `;` in an address stay as they are in `URL:`; control characters and spaces go")
  func addressNotEscapedAsText() {
    #expect(
      ICSPlanRenderer.uri("https://example.org/a,b;c?d=1,2") == "https://example.org/a,b;c?d=1,2")
    #expect(ICSPlanRenderer.uri("https://example.org/a\r\nb c\u{7F}") == "https://example.org/abc")
    #expect(ICSPlanRenderer.escape("a,b") == "a\\,b")
  }
}
