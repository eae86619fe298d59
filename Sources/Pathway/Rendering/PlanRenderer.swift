/// The forms a plan can be printed in.
public enum PlanFormat: String, Sendable, CaseIterable {
  case text, markdown, json, html, csv, ics
}

/// How study sessions are laid out in a calendar.
public struct Schedule: Sendable {
  /// The first day of study.
  public var start: CalendarDate
  /// Study time per week, in minutes.
  public var minutesPerWeek: Int

  /// A schedule from a day, at a pace.
  public init(start: CalendarDate, minutesPerWeek: Int) {
    self.start = start
    self.minutesPerWeek = minutesPerWeek
  }
}

/// How text output may look: its width and whether it may use colour.
public struct TextStyle: Sendable {
  public var width: Int
  public var isColored: Bool

  /// A style of a width, with or without colour.
  public init(width: Int = 80, isColored: Bool = false) {
    self.width = width
    self.isColored = isColored
  }
}

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
    case .csv: return CSVPlanRenderer().render(plan)
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

  /// One line of totals: `5 steps, 3 h 55 min of a 4 h budget`.
  public func totals(_ plan: Plan) -> String {
    PlanVocabulary(framework: framework).totals(plan)
  }
}

/// The words a plan is told in: names of capabilities, archetypes and levels, and shared phrases.
struct PlanVocabulary {
  let framework: Framework

  func capabilityName(_ id: String) -> String {
    framework.capabilities.first { $0.id.value == id }?.name ?? id
  }

  func archetypeName(_ id: String) -> String {
    framework.archetype(id)?.name ?? id
  }

  /// `Awareness (1)`.
  func level(_ level: Int) -> String {
    "\(framework.levelName(level)) (\(level))"
  }

  /// `2 h 30 min`, `45 min`.
  static func duration(_ minutes: Int) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    if hours == 0 { return "\(minutes) min" }
    return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
  }

  /// `free`, `£475`, `cost unknown`.
  static func cost(_ cost: Double?) -> String {
    guard let cost else { return "cost unknown" }
    return cost == 0 ? "free" : "£" + Explainer.format(cost)
  }

  /// A score with at most two decimals.
  static func score(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return Explainer.format(rounded)
  }

  /// One line saying the totals.
  func totals(_ plan: Plan) -> String {
    let budget =
      plan.budgetMinutes.map { " of a \(Self.duration($0)) budget" } ?? " (no time budget)"
    let steps = "\(plan.steps.count) step\(plan.steps.count == 1 ? "" : "s")"
    var line = "\(steps), \(Self.duration(plan.totalMinutes))\(budget)"
    if let overrun = plan.overrunMinutes {
      line += "; required steps go \(Self.duration(overrun)) over it"
    }
    return line
  }

  /// What a step raises, in words.
  func closes(_ step: Plan.Step) -> String {
    step.closes.map { "\(capabilityName($0.capability)) \($0.from) → \($0.to)" }.joined(
      separator: ", ")
  }

  /// The sentence said when there is nothing in the plan.
  func emptyPlanSentence(_ plan: Plan) -> String {
    plan.gaps.isEmpty
      ? "Nothing to learn: you already meet every target for \(archetypeName(plan.archetype))."
      : "No resource could be planned; the gaps below say why."
  }

  /// The distinct reasons of a step, in order.
  static func reasons(_ step: Plan.Step) -> [String] {
    var seen = Set<String>()
    return step.why.map(\.text).filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
