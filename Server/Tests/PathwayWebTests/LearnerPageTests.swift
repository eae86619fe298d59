import Foundation
import Pathway
import Testing

@testable import PathwayWeb

/// The learner's pages speak to people: no rule id, resource id, file position, raw score or
/// backtick in what a page shows, step numbers on, and the gaps table stacked on small screens.
@Suite("What the learner's pages say")
struct LearnerPageTests {
  static let learners = [
    PageTests.nurse,
    "archetype=user&profession=nurse&level-ai.ml=0&hours=25&format=workshop",
  ]
  /// In the plan, left out by a rule, not for the archetype, over the budget, outranked.
  static let resources = [
    "elfh-data-security-awareness", "dart-ed-capability-framework",
    "nhse-ambient-scribing-guidance", "elfh-patient-safety-level-1",
    "rcn-every-nurse-an-e-nurse",
  ]

  /// What a reader sees of a page: the text between its tags, addresses left out.
  static func visibleText(_ body: String) -> String {
    body.replacing(/<style[^>]*>[^<]*<\/style>/, with: " ").replacing(/<[^>]*>/, with: " ")
      .replacing(/https?:\/\/\S+/, with: " ").replacing(/(?m)^UID:.*$/, with: " ")
  }

  static func leaks(_ text: String) throws -> [String] {
    let project = try #require(bundled).pathway.compiled.project
    let words = Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
    var found = (project.resources.map(\.id.value) + project.rules.map(\.id.value)).filter {
      $0.contains("-") && words.contains($0)
    }
    if text.contains("`") { found.append("a backtick") }
    if text.contains(/\.ya?ml:\d+/) { found.append("a file position") }
    if text.localizedCaseInsensitiveContains("score") { found.append("a score") }
    return found
  }

  @Test("no learner page or download shows an id, a position, a score or a backtick")
  func noEngineTalk() async throws {
    for learner in Self.learners {
      var uris = ["/plan?", "/plan/print?", "/plan.csv?", "/plan.md?", "/plan.ics?"].map {
        $0 + learner
      }
      uris += Self.resources.map { "/why-not?" + learner + "&resource=" + $0 }
      for uri in uris {
        let reply = try await submit(uri)
        #expect(reply.status == .ok, "\(uri)")
        #expect(try Self.leaks(Self.visibleText(reply.body)).isEmpty, "\(uri)")
      }
    }
  }

  @Test("the why-not page speaks to the learner")
  func whyNotSpeaksToTheLearner() async throws {
    let reply = try await submit(
      "/why-not?" + PageTests.nurse + "&resource=dart-ed-capability-framework")
    #expect(reply.body.contains("This is left out for you."))
    #expect(!reply.body.contains("rules/archetypes.yaml"))
  }

  @Test("the workshop-only learner is told what would fill the plan")
  func advice() async throws {
    let reply = try await submit("/plan?" + Self.learners[1])
    #expect(reply.body.contains("Allowing every format would let your plan close"))
  }

  @Test("steps show their numbers, and the gaps table stacks on narrow screens")
  func layout() async throws {
    #expect(
      !Stylesheet.css.contains("list-style:none}\n.steps")
        && !Stylesheet.css.contains(".steps{padding-left:0;list-style:none}"))
    #expect(Stylesheet.css.contains("@media (max-width:40em){table.gaps"))
    let reply = try await submit("/plan?" + PageTests.nurse)
    #expect(reply.body.contains("<li value=\"1\">"))
    #expect(
      reply.body.contains("<table class=\"gaps\">") && reply.body.contains("data-label=\"Target\""))
    #expect(reply.body.contains("0&nbsp;→&nbsp;1"))
  }
}
