/// Prints a plan in one of its forms.
///
/// Every string from input is escaped for its form.
public struct PlanRenderer: Sendable {
  public var format: PlanFormat
  public var framework: Framework
  public var schedule: Schedule
  public var style: TextStyle

  /// A renderer for one form.
  public init(
    format: PlanFormat, framework: Framework, schedule: Schedule, style: TextStyle = TextStyle()
  ) {
    self.format = format
    self.framework = framework
    self.schedule = schedule
    self.style = style
  }

  /// The plan, ending with a newline.
  public func render(_ plan: Plan) -> String {
    let names = PlanVocabulary(framework: framework)
    switch format {
    case .text: return TextPlanRenderer(names: names, style: style).render(plan)
    case .markdown: return MarkdownPlanRenderer(names: names).render(plan)
    case .json: return plan.json.serialized(pretty: true) + "\n"
    case .html: return HTMLPlanRenderer(names: names).render(plan)
    case .csv: return CSVPlanRenderer(names: names).render(plan)
    case .ics: return ICSPlanRenderer(schedule: schedule).render(plan)
    }
  }

  /// The plan's HTML sections (phases with their steps, then the gaps), without a page around
  /// them: what `html` shows inside its `<main>`, for a page of one's own.
  public func htmlSections(_ plan: Plan) -> HTML {
    HTMLPlanRenderer(names: PlanVocabulary(framework: framework)).content(plan)
  }

  /// A score with at most two decimals: `15`, `2.5`.
  public static func score(_ value: Double) -> String {
    PlanVocabulary.score(value)
  }

  /// A time in hours and minutes: `2 h 30 min`, `45 min`.
  public static func duration(_ minutes: Int) -> String {
    PlanVocabulary.duration(minutes)
  }

  /// Who the plan is for, and its totals, in a sentence or two.
  public func summary(_ plan: Plan) -> String {
    PlanVocabulary(framework: framework).summary(plan)
  }

  /// The style that stacks the gaps table's rows on narrow screens, for a page of one's own.
  public static var gapsTableStyle: String { HTMLPlanRenderer.stackedTable.description }

  /// One line of totals: `5 steps, 3 h 55 min of a 4 h budget`.
  public func totals(_ plan: Plan) -> String {
    PlanVocabulary(framework: framework).totals(plan)
  }
}
