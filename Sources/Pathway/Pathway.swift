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
    self.init(project, limits: limits, known: Validator.KnownNames(project))
  }

  /// Compiles a loaded, valid project with the names and facts its validation found.
  init(_ project: Project, limits: ReadingLimits, known: Validator.KnownNames) {
    compiled = CompiledProject(project, facts: known.facts)
    provenance = .of(project.files)
    self.limits = limits
    self.known = known
  }

  /// A rule set that checked without an error, and the warnings found on the way.
  public struct Checked: Sendable {
    public let pathway: Pathway
    /// Warnings only, in the order they are presented.
    public let warnings: [Diagnostic]
  }

  /// Reads and checks every rule, test, resource and the framework; every problem in every file.
  ///
  /// Read and decode every file, put them together as one project, validate it, then compile
  /// it. Throws every diagnostic of every stage, warnings included, when any stage found an
  /// error.
  public static func check(
    _ paths: InputPaths, limits: ReadingLimits = ReadingLimits()
  ) throws(DiagnosticsError) -> Checked {
    let decoded = ProjectLoader(limits: limits).decode(paths)
    return try check(decoded, catalogue: paths.catalogue, limits: limits)
  }

  /// Files already read and decoded, put together, validated and compiled; `catalogue` names
  /// where the framework was looked for.
  static func check(
    _ decoded: ProjectLoader.DecodedFiles, catalogue: [String], limits: ReadingLimits
  ) throws(DiagnosticsError) -> Checked {
    let (project, loading) = ProjectLoader(limits: limits).assemble(decoded, catalogue: catalogue)
    guard let project else { throw DiagnosticsError(loading.presented()) }
    let known = Validator.KnownNames(project)
    let validation = Validator(project: project, known: known).validate(
      declaredOrder: (decoded.resources, decoded.rules))
    let diagnostics = (loading + validation).presented()
    guard !diagnostics.hasErrors else { throw DiagnosticsError(diagnostics) }
    return Checked(pathway: Pathway(project, limits: limits, known: known), warnings: diagnostics)
  }

  /// The framework the rules and catalogue are written against.
  public var framework: Framework { compiled.project.framework }

  /// The catalogue's resources, sorted by id.
  public var resources: [Resource] { compiled.project.resources }

  /// The rules, sorted by id.
  public var rules: [Rule] { compiled.project.rules }

  /// The rule tests found among the rules.
  public var tests: [RuleTest] { compiled.project.tests }

  /// Reads a learner file and checks it against the framework and catalogue.
  public func learner(at path: String) throws(DiagnosticsError) -> Learner {
    try learner(from: FileSystem().read(path, limit: limits.maxFileBytes).bytes, file: path)
  }

  /// Reads a learner from YAML or JSON text and checks it against the framework and catalogue;
  /// `firstLine` is where the text starts in its file (a line of a JSON Lines file).
  public func learner(
    from bytes: [UInt8], file: String, firstLine: Int = 1
  ) throws(DiagnosticsError) -> Learner {
    let document = try YAMLReader(limits: limits).read(bytes, file: file, firstLine: firstLine)
    guard !document.events.isEmpty else {
      throw DiagnosticsError([.noLearner(in: file, line: firstLine)])
    }
    var decoder = EventDecoder(document)
    let learner = decoder.learner(needsID: true)
    var diagnostics = decoder.diagnostics
    if let learner {
      diagnostics += Validator.problems(with: learner, in: compiled.project, known: known)
    }
    guard let learner, !diagnostics.hasErrors else {
      throw DiagnosticsError(diagnostics.presented())
    }
    return learner
  }

  /// The learner's plan; `budget` overrides the learner's own; `advising` adds what one change
  /// to the learner's preferences would add (planning again for each).
  public func plan(for learner: Learner, budget: Int? = nil, advising: Bool = false) -> Plan {
    var plan = planning(for: learner, budget: budget).plan
    if advising { plan.advice = advice(for: learner, budget: budget, plan: plan) }
    return plan
  }

  /// Why a resource is in the learner's plan, or why not; nil for an unknown id.
  public func explain(_ resourceID: String, for learner: Learner, budget: Int? = nil)
    -> Explanation?
  {
    guard let resource = compiled.resourceIndex[resourceID] else { return nil }
    let planning = planning(for: learner, budget: budget)
    return forPeople(
      planning.explainer.explain(resource), resource: resource, learner: learner,
      budget: budget, plan: planning.plan, evaluation: planning.evaluation)
  }

  /// The ids closest to an unknown resource id, for "did you mean".
  public func suggestion(forResource id: String) -> String? {
    didYouMean(id, in: compiled.resources.map(\.id.value))
  }

  /// The problem with a resource id that no resource has, given as the input `input`.
  public func unknownResource(_ id: String, input: String) -> Diagnostic {
    Diagnostic(
      .unknownResource, "unknown resource `\(id)`", at: .input(input),
      help: suggestion(forResource: id))
  }

  /// The rules that fire for a learner, by id.
  public func firedRules(for learner: Learner) -> Set<String> {
    let evaluation = Evaluator(compiled: compiled).evaluate(learner)
    return Set(evaluation.firings.map { compiled.rules[$0.rule].rule.id.value })
  }

  /// Every stage for one learner, in order: evaluate the rules, choose the steps, assemble the
  /// plan.
  func planning(for learner: Learner, budget: Int?) -> Planning {
    let evaluation = Evaluator(compiled: compiled).evaluate(learner, budget: budget)
    let planner = Planner(compiled: compiled, evaluation: evaluation)
    let chosen = planner.choose()
    let assembler = PlanAssembler(
      compiled: compiled, evaluation: evaluation, planner: planner, provenance: provenance)
    return Planning(
      compiled: compiled, evaluation: evaluation, planner: planner, chosen: chosen,
      assembler: assembler,
      plan: explained(assembler.assemble(chosen), evaluation: evaluation))
  }

  /// What each stage made of one learner, kept so that an explainer can look back at them.
  struct Planning {
    let compiled: CompiledProject
    let evaluation: Evaluation
    let planner: Planner
    let chosen: PlanningState
    let assembler: PlanAssembler
    let plan: Plan

    /// Why each resource is in the plan or not, from the stages above.
    var explainer: Explainer {
      Explainer(
        compiled: compiled, evaluation: evaluation, planner: planner, assembler: assembler,
        plan: plan, state: chosen)
    }
  }
}

extension Diagnostic {
  /// A learner's file, or line of a population, with nothing in it.
  static func noLearner(in file: String, line: Int) -> Diagnostic {
    Diagnostic(.emptyFile, "no learner here", at: SourceLocation(file: file, line: line, column: 1))
  }
}
