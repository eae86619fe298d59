import Foundation
import Testing

@testable import Pathway

/// What a learner reads: every bundled example learner and every fixture learner, in every
/// format a learner reads, shows no rule id, resource id, file position, raw score or backtick.
@Suite("What learners read")
struct LearnerOutputTests {
  static let learnerFormats: [PlanFormat] = [.text, .markdown, .html, .csv, .ics]

  /// A rule set and the paths of its learners.
  static func cases() throws -> [(name: String, pathway: Pathway, learners: [String])] {
    func learners(in folder: String) throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
        .sorted().map { folder + "/" + $0 }
    }
    let checked = try Pathway.check(InputPaths(root: Fixtures.projectRoot)).pathway
    return [
      ("bundled", checked, try learners(in: Fixtures.projectRoot + "/examples/learners")),
      ("fixtures", try Fixtures.validPathway(), try learners(in: Fixtures.valid + "/learners")),
    ]
  }

  /// The problems in a learner-facing rendering: ids, positions, scores and backticks.
  static func leaks(in rendered: String, plan: Plan, pathway: Pathway) -> [String] {
    // Addresses may hold anything, ids included; a calendar's UID is opaque.
    let visible = rendered.replacing(/https?:\/\/[^\s"<>)]+/, with: "")
      .replacing(/(?m)^UID:.*$/, with: "")
    var found: [String] = []
    let project = pathway.compiled.project
    let ids = project.resources.map(\.id.value) + project.rules.map(\.id.value)
    let words = Set(
      visible.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
    for id in ids where id.contains("-") && words.contains(id) { found.append("id \(id)") }
    if visible.contains("`") { found.append("a backtick") }
    if visible.contains(/\.ya?ml:\d+/) || visible.contains(/:\d+:\d+/) {
      found.append("a file position")
    }
    for step in plan.steps where step.score != step.score.rounded() {
      let score = PlanVocabulary.score(step.score)
      if words.contains(score) || visible.contains(" \(score) ") {
        found.append("the score \(score)")
      }
    }
    return found
  }

  @Test("no learner-facing format shows an id, a position, a score or a backtick")
  func noEngineTalk() throws {
    let schedule = Schedule(start: CalendarDate(year: 2026, month: 1, day: 5), minutesPerWeek: 60)
    for (name, pathway, learners) in try Self.cases() {
      for path in learners {
        let plan = pathway.plan(for: try pathway.learner(at: path), advising: true)
        for format in Self.learnerFormats {
          let rendered = PlanRenderer(
            format: format, framework: pathway.compiled.project.framework, schedule: schedule
          ).render(plan)
          let leaks = Self.leaks(in: rendered, plan: plan, pathway: pathway)
          #expect(leaks.isEmpty, "\(name) \(path) \(format): \(leaks)")
        }
      }
    }
  }

  @Test("every step has one to three reasons, none repeated within it")
  func reasonsPerStep() throws {
    for (name, pathway, learners) in try Self.cases() {
      for path in learners {
        let plan = pathway.plan(for: try pathway.learner(at: path))
        for step in plan.steps {
          #expect(
            (1...StepReasons.limit).contains(step.reasons.count), "\(name) \(path) \(step.order)")
          #expect(Set(step.reasons).count == step.reasons.count, "\(name) \(path) \(step.order)")
        }
        #expect(plan.uncovered.allSatisfy { !$0.text.isEmpty })
      }
    }
  }

  @Test("the leak check finds a rule id, a resource id, a position and a backtick")
  func leakCheckWorks() throws {
    let pathway = try Fixtures.validPathway()
    let plan = pathway.plan(for: try Fixtures.validLearner("nurse", in: pathway))
    let leaks = Self.leaks(
      in: "closed by risk-basics, excluded by free-only (rules.yaml:3:5) `x`", plan: plan,
      pathway: pathway)
    #expect(leaks.contains("id risk-basics") && leaks.contains("id free-only"))
    #expect(leaks.contains("a file position") && leaks.contains("a backtick"))
  }
}
