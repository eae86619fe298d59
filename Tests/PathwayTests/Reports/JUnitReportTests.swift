import Foundation
import Testing

@testable import Pathway

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `pathway test --format junit`: JUnit XML a CI system can read.
@Suite("JUnit report")
struct JUnitReportTests {
  /// Counts the elements of an XML document by name; nil when it is not well-formed.
  final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var failureText = ""
    private var inFailure = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      counts[name, default: 0] += 1
      inFailure = name == "failure"
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inFailure { failureText += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      inFailure = false
    }

    static func count(_ xml: String) -> ElementCounter? {
      let counter = ElementCounter()
      let parser = XMLParser(data: Data(xml.utf8))
      parser.delegate = counter
      return parser.parse() ? counter : nil
    }
  }

  @Test("a suite a tests file, a case a test, and a failure with what was expected, well-formed")
  func junit() throws {
    let pathway = try Fixtures.validPathway()
    let tests = """
      tests:
        - name: passes <when> "it" & should
          learner: {archetype: user, profession: nurse}
          expect: {includes: [ig-training]}
        - name: fails on purpose
          learner: {archetype: user, profession: nurse}
          expect: {excludes: [ig-training]}
      """
    let path = try Fixtures.temporaryFile(named: "more.yaml", contents: tests)
    let runner = RuleTestRunner(pathway: pathway)
    let (extra, diagnostics) = runner.loadTests(at: [path])
    #expect(!diagnostics.hasErrors)
    let outcomes = (pathway.compiled.project.tests + extra).map(runner.run)
    let xml = JUnitReport(outcomes: outcomes).render()
    let counter = try #require(ElementCounter.count(xml))
    #expect(counter.counts["testsuites"] == 1)
    #expect(counter.counts["testsuite"] == 2)
    #expect(counter.counts["testcase"] == outcomes.count)
    #expect(counter.counts["failure"] == 1)
    #expect(counter.failureText.contains("ig-training") && counter.failureText.contains("plan: "))
    #expect(xml.contains("name=\"passes &lt;when&gt; &quot;it&quot; &amp; should\""))
    #expect(xml.contains("failures=\"1\""))
    #expect(xml == JUnitReport(outcomes: outcomes).render())
    #expect(JUnitReport.escape("a\u{1}b'") == "a\u{FFFD}b&apos;")
  }
}
