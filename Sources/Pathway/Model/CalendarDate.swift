import Foundation

/// A date as catalogues write it: a year, a month of a year, or a day.
public struct CalendarDate: Sendable, Comparable, Hashable {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Parses YYYY-MM-DD, YYYY-MM or YYYY; a missing month or day counts as the first.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }),
      let year = Int(parts[0])
    else { return nil }
    let month = parts.count > 1 ? Int(parts[1]) : 1
    let day = parts.count > 2 ? Int(parts[2]) : 1
    guard let month, let day, (1...12).contains(month),
      (1...CalendarDate.days(in: month, of: year)).contains(day)
    else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// A day.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The same day a number of years earlier (29 February becomes 28 February).
  public func years(before count: Int) -> CalendarDate {
    let year = self.year - count
    return CalendarDate(
      year: year, month: month, day: Swift.min(day, CalendarDate.days(in: month, of: year)))
  }

  /// YYYY-MM-DD.
  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (a: Self, b: Self) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  static func days(in month: Int, of year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension CalendarDate {
  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> CalendarDate {
    CalendarDate(dayNumber: dayNumber + count)
  }

  /// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's `days_from_civil`.
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The day with a day number, after Howard Hinnant's `civil_from_days`.
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }
}

extension CalendarDate {
  /// Today in UTC: the only thing any output takes from the clock.
  public static var today: CalendarDate {
    CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}
