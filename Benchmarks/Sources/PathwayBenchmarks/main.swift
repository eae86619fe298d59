import Foundation
import Pathway
import RawLibYAML
import Workload

// Every figure of docs/performance.md, measured side by side in one run, as ratios against the
// limits of this machine (libyaml's raw event parse, reading and parsing alone) and against what
// a user would pick instead (Yams' YAMLDecoder), plus the absolute numbers.
//
//   swift run -c release --package-path Benchmarks PathwayBenchmarks [--size small|reference|full] [--json]

struct Size {
  var resources: Int
  var rules: Int
  var planLearners: Int
  var batchLearners: [Int]
  var checkResources: Int
  var checkRules: Int
  var runs: Int

  static let small = Size(
    resources: 200, rules: 30, planLearners: 500, batchLearners: [2_000], checkResources: 500,
    checkRules: 50, runs: 1)
  static let reference = Size(
    resources: 2_000, rules: 300, planLearners: 5_000, batchLearners: [100_000],
    checkResources: 10_000, checkRules: 1_000, runs: 3)
  static let full = Size(
    resources: 2_000, rules: 300, planLearners: 20_000, batchLearners: [100_000, 1_500_000],
    checkResources: 10_000, checkRules: 1_000, runs: 3)
}

struct Figure {
  var name: String
  var value: Double
  var unit: String
  var goal: String
  var met: Bool?
}

var figures: [Figure] = []
let arguments = CommandLine.arguments
let size: Size =
  switch arguments.firstIndex(of: "--size").map({ arguments[min($0 + 1, arguments.count - 1)] }) {
  case "small": .small
  case "full": .full
  default: .reference
  }
let asJSON = arguments.contains("--json")

// `--peak-probe FILE`: only load FILE, so that a parent can read this process's peak memory.
if let probe = arguments.firstIndex(of: "--peak-probe"), probe + 1 < arguments.count {
  let path = arguments[probe + 1]
  if path != "/dev/null" { _ = ProjectLoader().decodeResources(fileAt: path) }
  exit(0)
}
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()
let projectRoot = packageRoot.deletingLastPathComponent().path
let pathwayBinary = projectRoot + "/.build/release/pathway"

@MainActor func log(_ text: String) {
  if !asJSON { print(text) } else { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}

@MainActor func seconds(_ body: () throws -> Void) rethrows -> Double {
  var best = Double.infinity
  for _ in 0..<size.runs {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return best
}

/// Runs a command under /usr/bin/time; its wall seconds and peak resident bytes.
@MainActor func measureProcess(_ command: [String]) -> (
  seconds: Double, peakBytes: Int, output: String
) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
  process.arguments = ["-f", "%e %M"] + command
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  do { try process.run() } catch { return (0, 0, "") }
  let stdout = output.fileHandleForReading.readDataToEndOfFile()
  let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  let last = stderr.split(separator: "\n").last.map(String.init) ?? ""
  let parts = last.split(separator: " ")
  return (
    Double(parts.first ?? "") ?? 0, (Int(parts.last ?? "") ?? 0) * 1024,
    String(decoding: stdout, as: UTF8.self)
  )
}

@MainActor func record(_ name: String, _ value: Double, _ unit: String, goal: String, met: Bool?) {
  figures.append(Figure(name: name, value: value, unit: unit, goal: goal, met: met))
  let verdict = met.map { $0 ? "met" : "NOT met" } ?? "no goal"
  log(
    String(
      format: "%-58@ %12.3f %-10@ goal %-12@ %@", name as NSString, value, unit as NSString,
      goal as NSString, verdict))
}

// MARK: - Workload

let (bundled, bundledDiagnostics) = Pathway.check(InputPaths(root: projectRoot))
guard let bundled else {
  print(DiagnosticRenderer(format: .text).render(bundledDiagnostics))
  exit(1)
}
let capabilities = bundled.compiled.project.framework.capabilities.map(\.id.value)
let workload = Workload(capabilities: capabilities)
let root = NSTemporaryDirectory() + "pathway-bench-\(UUID().uuidString)"
let manager = FileManager.default

@MainActor func writeTree(at folder: String, resources: Int, rules: Int) throws {
  try manager.createDirectory(
    atPath: folder + "/catalogue/resources", withIntermediateDirectories: true)
  try manager.createDirectory(atPath: folder + "/rules", withIntermediateDirectories: true)
  try manager.copyItem(
    atPath: projectRoot + "/catalogue/framework.yaml", toPath: folder + "/catalogue/framework.yaml")
  try workload.catalogue(resources: resources).write(
    toFile: folder + "/catalogue/resources/generated.yaml", atomically: true, encoding: .utf8)
  try workload.rules(rules, resources: resources).write(
    toFile: folder + "/rules/generated.yaml", atomically: true, encoding: .utf8)
}

@MainActor func writeLearners(_ count: Int, resources: Int, to path: String) {
  _ = manager.createFile(atPath: path, contents: nil)
  guard let handle = FileHandle(forWritingAtPath: path) else { return }
  workload.learners(count, resources: resources, into: handle)
  try? handle.close()
}

// `--workload DIR`: only write the reference workload (rules/, catalogue/, learners.jsonl) to
// DIR, for profiling with the `pathway` command.
if let index = arguments.firstIndex(of: "--workload"), index + 1 < arguments.count {
  let folder = arguments[index + 1]
  try writeTree(at: folder, resources: size.resources, rules: size.rules)
  writeLearners(size.planLearners, resources: size.resources, to: folder + "/learners.jsonl")
  log("wrote \(folder)")
  exit(0)
}

let reference = root + "/reference"
try writeTree(at: reference, resources: size.resources, rules: size.rules)
let resourcesFile = reference + "/catalogue/resources/generated.yaml"
let fileBytes = (try? manager.attributesOfItem(atPath: resourcesFile)[.size] as? Int) ?? 0
log(
  "Workload: \(size.resources) resources (\(fileBytes) bytes), \(size.rules) rules, the bundled framework's \(capabilities.count) capabilities; \(ProcessInfo.processInfo.activeProcessorCount) cores\n"
)

// MARK: - Catalogue loading

var loaded = 0
let raw = seconds { _ = raw_libyaml_count_events(resourcesFile) }
let load = seconds {
  loaded = ProjectLoader().decodeResources(fileAt: resourcesFile).resources.count
}
record("raw libyaml event parse of the catalogue", raw * 1000, "ms", goal: "", met: nil)
record("Pathway catalogue loading (read, decode, positions)", load * 1000, "ms", goal: "", met: nil)
record(
  "catalogue loading vs raw libyaml parse (raw/Pathway)", raw / load, "ratio", goal: ">= 0.85",
  met: raw / load >= 0.85)

let yamsBinary = packageRoot.path + "/.build/release/YamsDecoding"
if manager.isExecutableFile(atPath: yamsBinary) {
  let yams = measureProcess([yamsBinary, resourcesFile, String(size.runs)])
  if let data = yams.output.data(using: .utf8),
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
    let yamsSeconds = object["seconds"] as? Double
  {
    record(
      "Yams 6.2.2 YAMLDecoder into Codable structs", yamsSeconds * 1000, "ms", goal: "", met: nil)
    record(
      "catalogue loading vs Yams (Yams/Pathway)", yamsSeconds / load, "x faster", goal: ">= 15",
      met: yamsSeconds / load >= 15)
  }
} else {
  log(
    "(YamsDecoding not built: swift build -c release --package-path Benchmarks --product YamsDecoding)"
  )
}
let peak = measureProcess([CommandLine.arguments[0], "--peak-probe", resourcesFile])
let probeBaseline = measureProcess([CommandLine.arguments[0], "--peak-probe", "/dev/null"])
let loadingPeak = Double(max(0, peak.peakBytes - probeBaseline.peakBytes))
record(
  "peak memory of loading, above the process's baseline", loadingPeak / Double(max(1, fileBytes)),
  "x file", goal: "<= 3", met: loadingPeak <= 3 * Double(fileBytes))

// MARK: - Plans per second

let (pathway, diagnostics) = Pathway.check(InputPaths(root: reference))
guard let pathway else {
  print(DiagnosticRenderer(format: .text).render(diagnostics))
  exit(1)
}
let learnersFile = root + "/plan-learners.jsonl"
writeLearners(size.planLearners, resources: size.resources, to: learnersFile)
var learners: [Learner] = []
let source = try LearnerSource(path: learnersFile)
try source.readEach { entry in
  if case .success(let learner) = pathway.learner(from: entry) {
    learners.append(learner)
  }
  return true
}
var steps = 0
let planning = seconds {
  steps = 0
  for learner in learners { steps += pathway.plan(for: learner).steps.count }
}
record(
  "plans per second on one core (complete plans)", Double(learners.count) / planning, "plans/s",
  goal: ">= 200000", met: Double(learners.count) / planning >= 200_000)
log(
  "  (\(learners.count) learners, \(String(format: "%.1f", Double(steps) / Double(max(1, learners.count)))) steps a plan)"
)

// MARK: - Batch

if manager.isExecutableFile(atPath: pathwayBinary) {
  for count in size.batchLearners {
    let population = root + "/population-\(count).jsonl"
    writeLearners(count, resources: size.resources, to: population)
    let batch = measureProcess([
      pathwayBinary, "batch", "--learners", population, "--rules", reference + "/rules",
      "--catalogue",
      reference + "/catalogue", "--out", root + "/plans.jsonl",
    ])
    let jobs = ProcessInfo.processInfo.activeProcessorCount
    let parseOnly = seconds {
      let parse = BatchPlanner(pathway: pathway, jobs: jobs)
      _ = try? parse.readAndParse(LearnerSource(path: population))
    }
    record(
      "pathway batch, \(count) learners, end to end", batch.seconds, "s",
      goal: count >= 1_500_000 ? "<= 30" : "", met: count >= 1_500_000 ? batch.seconds <= 30 : nil)
    record(
      "  vs only reading and parsing the same input", batch.seconds / parseOnly, "x",
      goal: "<= 1.5", met: batch.seconds / parseOnly <= 1.5)
    record(
      "  peak memory", Double(batch.peakBytes) / 1e6, "MB", goal: "<= 300",
      met: batch.peakBytes <= 300_000_000)
    try? manager.removeItem(atPath: population)
  }
} else {
  log(
    "(pathway not built in release: swift build -c release --product pathway, from the project's folder)"
  )
}

// MARK: - Check

let large = root + "/large"
try writeTree(at: large, resources: size.checkResources, rules: size.checkRules)
let check = seconds { _ = Pathway.check(InputPaths(root: large)) }
record(
  "pathway check, \(size.checkResources) resources and \(size.checkRules) rules", check, "s",
  goal: "<= 1", met: check <= 1)

try? manager.removeItem(atPath: root)
if asJSON {
  let entries = figures.map { figure in
    "{\"name\": \"\(figure.name)\", \"value\": \(figure.value), \"unit\": \"\(figure.unit)\", \"goal\": \"\(figure.goal)\", \"met\": \(figure.met.map { $0 ? "true" : "false" } ?? "null")}"
  }
  print("[\n  " + entries.joined(separator: ",\n  ") + "\n]")
}
