import Foundation
@_spi(Benchmarks) import Pathway
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
  /// The catalogue sizes planned side by side, with the same rules and learners.
  var sweep: [Int] = [1_000, 10_000, 100_000]
  var sweepLearners = 300
  /// How many of the bundled population's learners are planned against the exact search.
  var qualityLearners = 1_000

  static let small = Size(
    resources: 200, rules: 30, planLearners: 500, batchLearners: [2_000], checkResources: 500,
    checkRules: 50, runs: 1, sweep: [200, 2_000], sweepLearners: 50, qualityLearners: 100)
  static let reference = Size(
    resources: 2_000, rules: 300, planLearners: 5_000, batchLearners: [100_000],
    checkResources: 10_000, checkRules: 1_000, runs: 3)
  static let full = Size(
    resources: 2_000, rules: 300, planLearners: 20_000, batchLearners: [100_000, 1_500_000],
    checkResources: 10_000, checkRules: 1_000, runs: 3)
}

/// The most resources a generated file holds (the reading limits allow 100,000 entries a list).
let resourcesPerFile = 10_000

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
/// `--quality`: each learner's points against the optimum, and the optimum's resources.
let showQuality = arguments.contains("--quality")

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

/// The checked rules and catalogue under a folder; exits 1 after printing the problems when
/// they do not check.
func checked(_ root: String) -> Pathway {
  do throws(DiagnosticsError) {
    return try Pathway.check(InputPaths(root: root)).pathway
  } catch {
    print(DiagnosticRenderer(format: .text).render(error.diagnostics))
    exit(1)
  }
}

// MARK: - Workload

let bundled = checked(projectRoot)
let capabilities = bundled.compiled.project.framework.capabilities.map(\.id.value)
let workload = Workload(capabilities: capabilities)
let root = NSTemporaryDirectory() + "pathway-bench-\(UUID().uuidString)"
let manager = FileManager.default

/// Writes a project of generated rules and resources: one resources file, or several of at
/// most `perFile` resources each.
@MainActor func writeTree(
  at folder: String, resources: Int, rules: Int, perFile: Int? = nil
) throws {
  try manager.createDirectory(
    atPath: folder + "/catalogue/resources", withIntermediateDirectories: true)
  try manager.createDirectory(atPath: folder + "/rules", withIntermediateDirectories: true)
  try manager.copyItem(
    atPath: projectRoot + "/catalogue/framework.yaml", toPath: folder + "/catalogue/framework.yaml")
  if let perFile {
    for (index, file) in workload.catalogue(resources: resources, perFile: perFile).enumerated() {
      try file.write(
        toFile: folder + "/catalogue/resources/generated-\(String(format: "%03d", index)).yaml",
        atomically: true, encoding: .utf8)
    }
  } else {
    try workload.catalogue(resources: resources).write(
      toFile: folder + "/catalogue/resources/generated.yaml", atomically: true, encoding: .utf8)
  }
  try workload.rules(rules, resources: resources).write(
    toFile: folder + "/rules/generated.yaml", atomically: true, encoding: .utf8)
}

/// The learners of a JSON Lines file that read without error against a project.
@MainActor func readLearners(_ path: String, with pathway: Pathway, limit: Int = .max) throws
  -> [Learner]
{
  var learners: [Learner] = []
  try LearnerSource(path: path).readEach { entry in
    if let learner = try? pathway.learner(from: entry) { learners.append(learner) }
    return learners.count < limit
  }
  return learners
}

@MainActor func writeLearners(_ count: Int, resources: Int, to path: String) {
  _ = manager.createFile(atPath: path, contents: nil)
  guard let handle = FileHandle(forWritingAtPath: path) else { return }
  workload.learners(count, resources: resources, into: handle)
  try? handle.close()
}

// `--workload DIR`: only write the reference workload (rules/, catalogue/, learners.jsonl) to
// DIR, for profiling with the `pathway` command;
// `--resources N` makes its catalogue N resources, in files of at most 10,000.
if let index = arguments.firstIndex(of: "--workload"), index + 1 < arguments.count {
  let folder = arguments[index + 1]
  let resources = arguments.firstIndex(of: "--resources").flatMap {
    $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil
  }
  try writeTree(
    at: folder, resources: resources ?? size.resources, rules: size.rules,
    perFile: resources.map { _ in resourcesPerFile })
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
/// The least peak resident memory of a few probes loading `file`: the peak moves by a few
/// pages from one process to the next.
@MainActor func probePeak(_ file: String) -> Int {
  (0..<3).map { _ in measureProcess([CommandLine.arguments[0], "--peak-probe", file]).peakBytes }
    .min() ?? 0
}
let peak = probePeak(resourcesFile)
let loadingPeak = Double(max(0, peak - probePeak("/dev/null")))
record(
  "peak memory of loading, above the process's baseline", loadingPeak / Double(max(1, fileBytes)),
  "x file", goal: "<= 3", met: loadingPeak <= 3 * Double(fileBytes))
// Loading one resource maps in the code that decodes it and the runtime's tables, a fixed cost
// whatever the file's size: what remains grows with the file.
let oneResourceFile = root + "/one-resource.yaml"
try workload.catalogue(resources: 1).write(
  toFile: oneResourceFile, atomically: true, encoding: .utf8)
let growingPeak = Double(max(0, peak - probePeak(oneResourceFile)))
record(
  "  of which grows with the file (above loading one resource)",
  growingPeak / Double(max(1, fileBytes)), "x file", goal: "", met: nil)

// MARK: - Plans per second

let pathway = checked(reference)
let learnersFile = root + "/plan-learners.jsonl"
writeLearners(size.planLearners, resources: size.resources, to: learnersFile)
let learners = try readLearners(learnersFile, with: pathway)
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

// MARK: - Catalogue size

/// `pathway check` of the project at `folder` (every file read, decoded, validated and compiled)
/// against libyaml's raw parse of its resources files, side by side.
@MainActor func measureCheck(at folder: String, resources: Int) {
  let catalogue = folder + "/catalogue/resources/"
  let files = ((try? manager.contentsOfDirectory(atPath: catalogue)) ?? []).sorted().map {
    catalogue + $0
  }
  let raw = seconds { for file in files { _ = raw_libyaml_count_events(file) } }
  let check = seconds { _ = try? Pathway.check(InputPaths(root: folder)) }
  record(
    "pathway check, \(resources) resources and \(size.rules) rules", check, "s", goal: "",
    met: nil)
  record(
    "  vs raw libyaml parse of its resources files (raw/check)", raw / check, "ratio",
    goal: ">= 0.6", met: raw / check >= 0.6)
}

// The same rules and learners over catalogues of each size (the smaller catalogues are the first
// resources of the larger), planned one after another in this run, so the ratio compares like
// with like on whatever the machine is doing.
let sweepLearnersFile = root + "/sweep-learners.jsonl"
writeLearners(size.sweepLearners, resources: size.sweep.first ?? 1, to: sweepLearnersFile)
var costs: [(resources: Int, seconds: Double)] = []
for resources in size.sweep {
  let folder = root + "/sweep-\(resources)"
  try writeTree(at: folder, resources: resources, rules: size.rules, perFile: resourcesPerFile)
  let sized = checked(folder)
  let sweepLearners = try readLearners(sweepLearnersFile, with: sized)
  let cost =
    seconds { for learner in sweepLearners { _ = sized.plan(for: learner) } }
    / Double(max(1, sweepLearners.count))
  costs.append((resources, cost))
  record("cost per plan, \(resources) resources (one worker)", cost * 1e6, "us", goal: "", met: nil)
  if resources == size.sweep.last { measureCheck(at: folder, resources: resources) }
  try? manager.removeItem(atPath: folder)
}
if let smallest = costs.first, let largest = costs.last, costs.count > 1 {
  let ratio = largest.seconds / smallest.seconds
  record(
    "cost per plan, \(largest.resources) vs \(smallest.resources) resources", ratio, "x",
    goal: "<= 2", met: ratio <= 2)
}

// MARK: - Plan quality

// The bundled rules, catalogue and population, learners with a budget: each plan's points
// against the most a plan can score (the exact search, or the plan itself where its order beats
// the search's), now and as the greedy plan and its single-best-bundle comparison alone would
// have scored.
let bundledLearners = try readLearners(
  projectRoot + "/examples/population.jsonl", with: bundled, limit: size.qualityLearners)
var (after, before, unsettled, above) = ([Double](), [Double](), 0, 0)
for learner in bundledLearners where learner.preferences.budgetMinutes != nil {
  let problem = SelectionProblem(pathway: bundled, learner: learner)
  guard let exact = ExactSearch(problem).optimum(nodeLimit: 2_000_000) else {
    unsettled += 1
    continue
  }
  // A plan whose order is not the exact search's may score more: then it is the best known.
  let optimum = max(exact.points, problem.plannedScore)
  if showQuality {
    log(
      "  \(learner.id ?? "?"): \(problem.plannedScore) of \(exact.points): \(exact.ids.joined(separator: " "))"
    )
  }
  guard optimum > 1e-9 else { continue }
  if problem.plannedScore > exact.points + 1e-9 { above += 1 }
  after.append(problem.plannedScore / optimum)
  before.append(problem.comparedScore / optimum)
}
if !after.isEmpty {
  let (mean, worst) = (after.reduce(0, +) / Double(after.count), after.min() ?? 0)
  record(
    "plan quality against the exact optimum, mean", mean, "ratio", goal: ">= 0.98",
    met: mean >= 0.98)
  record(
    "plan quality against the exact optimum, worst", worst, "ratio", goal: ">= 0.85",
    met: worst >= 0.85)
  record(
    "  greedy and single best bundle alone, mean", before.reduce(0, +) / Double(before.count),
    "ratio", goal: "", met: nil)
  record(
    "  greedy and single best bundle alone, worst", before.min() ?? 0, "ratio", goal: "", met: nil)
  log(
    "  (\(after.count) learners with a budget; \(unsettled) left out, the exact search not settled in 2,000,000 nodes; \(above) where the planner's order beat it)"
  )
}

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
let check = seconds { _ = try? Pathway.check(InputPaths(root: large)) }
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
