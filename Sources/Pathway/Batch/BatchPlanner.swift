import Dispatch

/// Plans a population, streaming: learners are read in chunks, each chunk planned on every
/// worker, and the plans written in input order, so memory does not grow with the population.
public struct BatchPlanner: Sendable {
  /// What a run did.
  public struct Summary: Sendable {
    public var planned = 0
    public var failed = 0
  }

  public let pathway: Pathway
  /// Workers planning at once.
  public var jobs: Int
  /// Whether each step keeps its `why` terms.
  public var includesExplanations: Bool
  /// Learners read before a chunk is planned.
  public var chunkSize = 4096

  /// A planner over a checked rule set.
  public init(pathway: Pathway, jobs: Int, includesExplanations: Bool = false) {
    self.pathway = pathway
    self.jobs = Swift.max(1, jobs)
    self.includesExplanations = includesExplanations
  }

  /// Plans every learner of `source`, calling `write` with each chunk's output lines (each ending
  /// with a newline) in input order, and `progress` with the learners done so far.
  public func run(
    _ source: LearnerSource, write: (String) throws -> Void, progress: (Int) -> Void = { _ in }
  ) throws -> Summary {
    var summary = Summary()
    var chunk: [LearnerSource.Entry] = []
    chunk.reserveCapacity(chunkSize)
    func flush() throws {
      guard !chunk.isEmpty else { return }
      let lines = plan(chunk)
      var text = ""
      for line in lines {
        text += line.text
        text += "\n"
        if line.isFailure { summary.failed += 1 } else { summary.planned += 1 }
      }
      try write(text)
      progress(summary.planned + summary.failed)
      chunk.removeAll(keepingCapacity: true)
    }
    try source.readEach { entry in
      chunk.append(entry)
      if chunk.count == chunkSize { try flush() }
      return true
    }
    try flush()
    return summary
  }

  /// Reads and parses every learner of `source` across the workers, planning none.
  ///
  /// The floor that planning a population is measured against (only the benchmark, which imports
  /// the `Benchmarks` interface, sees it). Returns how many could be read.
  @_spi(Benchmarks) public func readAndParse(_ source: LearnerSource) throws -> Int {
    var parsed = 0
    var chunk: [LearnerSource.Entry] = []
    func flush() {
      let lines = plan(chunk, planning: false)
      parsed += lines.filter { !$0.isFailure }.count
      chunk.removeAll(keepingCapacity: true)
    }
    try source.readEach { entry in
      chunk.append(entry)
      if chunk.count == chunkSize { flush() }
      return true
    }
    flush()
    return parsed
  }

  /// One output line: a plan, or the errors of a learner that could not be read.
  struct Line: Sendable {
    var text = ""
    var isFailure = false
  }

  /// The output lines of a chunk, in its order, planned across the workers.
  func plan(_ entries: [LearnerSource.Entry], planning: Bool = true) -> [Line] {
    let results = ConcurrentSlots(count: entries.count, repeating: Line())
    let workers = Swift.min(jobs, entries.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < entries.count {
        results.store(line(for: entries[index], planning: planning), at: index)
        index += workers
      }
    }
    return results.values
  }

  private func line(for entry: LearnerSource.Entry, planning: Bool) -> Line {
    let learner: Learner
    do throws(DiagnosticsError) {
      learner = try pathway.learner(from: entry)
    } catch {
      let failure = JSON.object([
        ("file", .string(entry.file)),
        ("line", .int(entry.line)),
        ("errors", .array(error.diagnostics.map(DiagnosticRenderer.json))),
      ])
      return Line(text: failure.serialized(), isFailure: true)
    }
    guard planning else { return Line() }
    let plan = pathway.plan(for: learner, advising: includesExplanations)
    return Line(text: plan.json(includingWhy: includesExplanations).serialized())
  }
}
