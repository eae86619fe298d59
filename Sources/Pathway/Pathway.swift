/// The front door: check the rules and catalogue, then plan and explain for learners.
///
/// Built once per rule set and shared read-only by every learner planned with it.
public struct Pathway: Sendable {
  public let compiled: CompiledProject
  public let provenance: Plan.Provenance
  let limits: ReadingLimits
  let known: Validator.KnownNames

  /// Compiles a loaded, valid project.
  public init(_ project: Project, limits: ReadingLimits = ReadingLimits()) {
    compiled = CompiledProject(project)
    provenance = .of(project.files)
    self.limits = limits
    known = Validator.KnownNames(project)
  }

  /// Reads and checks every rule, test, resource and the framework; every problem in every file.
  public static func check(
    _ paths: InputPaths, limits: ReadingLimits = ReadingLimits()
  ) -> (pathway: Pathway?, diagnostics: [Diagnostic]) {
    let (project, diagnostics) = ProjectLoader(limits: limits).load(paths)
    return (project.map { Pathway($0, limits: limits) }, diagnostics)
  }

  /// Reads a learner file and checks it against the framework and catalogue.
  public func learner(at path: String) -> Result<Learner, DiagnosticsError> {
    switch FileSystem().read(path) {
    case .success(let file): learner(from: file.bytes, file: path)
    case .failure(let error): .failure(error)
    }
  }

  /// Reads a learner from YAML or JSON text and checks it against the framework and catalogue;
  /// `firstLine` is where the text starts in its file (a line of a JSON Lines file).
  public func learner(
    from bytes: [UInt8], file: String, firstLine: Int = 1
  ) -> Result<Learner, DiagnosticsError> {
    var diagnostics: [Diagnostic] = []
    let document: YAMLDocument
    switch YAMLReader(limits: limits).read(bytes, file: file, firstLine: firstLine) {
    case .failure(let error): return .failure(error)
    case .success(let read): document = read
    }
    guard !document.events.isEmpty else {
      return .failure(
        DiagnosticsError([.noLearner(in: file, line: firstLine)]))
    }
    var decoder = EventDecoder(document)
    let learner = decoder.learner(needsID: true)
    diagnostics += decoder.diagnostics
    if let learner {
      diagnostics += Validator.problems(with: learner, in: compiled.project, known: known)
    }
    guard let learner, !diagnostics.hasErrors else {
      return .failure(DiagnosticsError(diagnostics.presented()))
    }
    return .success(learner)
  }

  /// The learner's plan; `budget` overrides the learner's own.
  public func plan(for learner: Learner, budget: Int? = nil) -> Plan {
    let (_, _, assembler, state) = stages(for: learner, budget: budget)
    return assembler.assemble(state)
  }

  /// Why a resource is in the learner's plan, or why not; nil for an unknown id.
  public func explain(_ resourceID: String, for learner: Learner, budget: Int? = nil)
    -> Explanation?
  {
    guard let resource = compiled.resourceIndex[resourceID] else { return nil }
    return planning(for: learner, budget: budget).explainer.explain(resource)
  }

  /// The ids closest to an unknown resource id, for "did you mean".
  public func suggestion(forResource id: String) -> String? {
    didYouMean(id, in: compiled.resources.map(\.id.value))
  }

  /// The rules that fire for a learner, by id.
  public func firedRules(for learner: Learner) -> Set<String> {
    let evaluation = Evaluator(compiled: compiled).evaluate(learner)
    return Set(evaluation.firings.map { compiled.rules[$0.rule].rule.id.value })
  }

  /// Every stage for one learner: evaluation, selection, assembly, and an explainer over them.
  func planning(for learner: Learner, budget: Int?) -> (plan: Plan, explainer: Explainer) {
    let (evaluation, planner, assembler, state) = stages(for: learner, budget: budget)
    let plan = assembler.assemble(state)
    let explainer = Explainer(
      compiled: compiled, evaluation: evaluation, planner: planner, assembler: assembler,
      plan: plan, state: state)
    return (plan, explainer)
  }

  /// The rules evaluated and the steps chosen, with the assembler that makes them a plan.
  private func stages(for learner: Learner, budget: Int?) -> (
    evaluation: Evaluation, planner: Planner, assembler: PlanAssembler, state: PlanningState
  ) {
    let evaluation = Evaluator(compiled: compiled).evaluate(learner, budget: budget)
    let planner = Planner(compiled: compiled, evaluation: evaluation)
    let assembler = PlanAssembler(
      compiled: compiled, evaluation: evaluation, planner: planner, provenance: provenance)
    return (evaluation, planner, assembler, planner.choose())
  }
}

extension Diagnostic {
  /// A learner's file, or line of a population, with nothing in it.
  static func noLearner(in file: String, line: Int) -> Diagnostic {
    Diagnostic(.emptyFile, "no learner here", at: SourceLocation(file: file, line: line, column: 1))
  }
}
