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
