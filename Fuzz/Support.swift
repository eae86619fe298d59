// Shared by every fuzz target: where the project is, the valid fixture project decoded once per
// process (so a run reads and decodes only the fuzzed file), and the work done on whatever
// loads. Compiled into the Pathway module with the target, so internal declarations are in
// reach.
import Foundation

enum Fuzz {
  /// The project's folder: `PATHWAY_ROOT` when set (scripts/fuzz.sh sets it), else two folders
  /// above this file.
  static let root: String = {
    if let root = ProcessInfo.processInfo.environment["PATHWAY_ROOT"], !root.isEmpty {
      return root
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().path
  }()

  /// The small valid project the loader targets add one fuzzed file to.
  static let valid = root + "/Tests/PathwayTests/Fixtures/valid"

  /// The valid fixture project's files, read and decoded once: the fixed part of every run of
  /// a loader target.
  static func decodedOnce(_ paths: InputPaths) -> ProjectLoader.DecodedFiles {
    ProjectLoader().decode(paths)
  }

  /// The valid fixture's learners, read once: each one's path and bytes.
  static let learners: [(path: String, bytes: [UInt8])] = ["nurse", "creator", "embedder"]
    .compactMap {
      let path = valid + "/learners/\($0).yaml"
      guard let file = try? FileSystem().read(path) else { return nil }
      return (path, file.bytes)
    }

  /// The input as an array.
  static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
  }

  /// The diagnostics printed as text and in one other format chosen by `seed` (the input's
  /// size): every format is reached across inputs without paying for all four on every run
  /// (SARIF alone was half the reader's time).
  static func render(_ diagnostics: [Diagnostic], seed: Int) {
    _ = DiagnosticRenderer(format: .text).render(diagnostics)
    let others: [DiagnosticFormat] = [.json, .github, .sarif]
    _ = DiagnosticRenderer(format: others[seed % others.count]).render(diagnostics)
  }

  /// A fixed week of study, so runs are deterministic.
  static let schedule = Schedule(
    start: CalendarDate(year: 2026, month: 1, day: 5), minutesPerWeek: 120)

  /// The plan in every format, checking the promises each format makes about input text (see
  /// Tests/PathwayTests/Rendering/PlanRenderingTests.swift); a broken promise aborts, so
  /// libFuzzer keeps the input as a crash.
  static func renderPlan(_ plan: Plan, framework: Framework) {
    func render(_ format: PlanFormat, _ style: TextStyle = TextStyle()) -> String {
      PlanRenderer(format: format, framework: framework, schedule: schedule, style: style)
        .render(plan)
    }
    _ = render(.text, TextStyle(width: 40, isColored: true))
    _ = render(.markdown)
    _ = render(.csv)
    let text = render(.text)
    check(
      !text.unicodeScalars.contains {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
      }, "plain text output holds a control character")
    let html = render(.html)
    for raw in [plan.profession] + (plan.learner.map { [$0] } ?? [])
    where raw.contains(where: { "<>&\"".contains($0) }) {
      // The escaped text may hold the raw text (`a&` in `a&amp;`): look past it.
      let unescaped = html.replacingOccurrences(of: HTMLEscaping.escape(raw), with: "")
      check(
        !unescaped.contains(raw), "HTML output holds unescaped input: \(raw.debugDescription)")
    }
    let ics = render(.ics)
    check(ics.hasSuffix("END:VCALENDAR\r\n"), "ICS output does not end its calendar")
    for line in ics.components(separatedBy: "\r\n") {
      check(line.utf8.count <= 75, "ICS line over 75 octets: \(line.debugDescription)")
      check(
        !line.unicodeScalars.contains { $0 == "\n" || $0 == "\r" },
        "ICS line with a bare line break")
    }
    let json = render(.json)
    check(
      (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil,
      "JSON output does not parse")
  }

  /// Aborts, saying why, when a promise about the output is broken.
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    FileHandle.standardError.write(Data("fuzz: \(message())\n".utf8))
    abort()
  }

  /// Decodes the input as the file at `path` (of `kind`, or of the kind its keys tell), adds it
  /// to `base` and checks them together, as `ProjectLoader.load` does; when they load, plans
  /// the valid fixture's learners and runs the project's rule tests, so a fuzzed file that checks
  /// clean is also planned with.
  static func load(
    _ data: UnsafePointer<UInt8>, _ size: Int, at path: String, as kind: ProjectLoader.FileKind?,
    onto base: ProjectLoader.DecodedFiles, runTests: Bool = false
  ) {
    let loader = ProjectLoader()
    var decoded = ProjectLoader.DecodedFiles()
    let name = String(path.split(separator: "/").last ?? "fuzz.yaml")
    loader.decode(
      SourceFile(path: path, name: name, bytes: bytes(data, size)), kind: kind, into: &decoded)
    let pathway: Pathway
    do throws(DiagnosticsError) {
      let checked = try Pathway.check(
        base.adding(decoded), catalogue: [path], limits: loader.limits)
      render(checked.warnings, seed: size)
      pathway = checked.pathway
    } catch {
      render(error.diagnostics, seed: size)
      return
    }
    let framework = pathway.framework
    for (path, bytes) in learners {
      guard let learner = try? pathway.learner(from: bytes, file: path) else { continue }
      let plan = pathway.plan(for: learner)
      _ = PlanRenderer(format: .json, framework: framework, schedule: schedule).render(plan)
      if let step = plan.steps.first {
        _ = pathway.explain(step.resource.id.value, for: learner)
      }
    }
    if runTests {
      let runner = RuleTestRunner(pathway: pathway)
      for test in pathway.tests { _ = runner.run(test) }
    }
  }
}
