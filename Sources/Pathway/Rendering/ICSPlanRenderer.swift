/// A plan as an iCalendar file (RFC 5545): one study session a step, at 09:00 local time, a day
/// apart, moving to the next week once the week's study minutes are used.
struct ICSPlanRenderer {
  let schedule: Schedule

  func render(_ plan: Plan) -> String {
    let stamp = schedule.start.iso.replacing("-", with: "") + "T000000Z"
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pathway//Learning plan//EN",
      "CALSCALE:GREGORIAN",
    ]
    var minutesBefore = 0
    var week = -1
    var sessionInWeek = 0
    for step in plan.steps {
      let stepWeek = minutesBefore / schedule.minutesPerWeek
      if stepWeek == week {
        sessionInWeek += 1
      } else {
        week = stepWeek
        sessionInWeek = 0
      }
      let offset = 7 * week + Swift.min(sessionInWeek, 6)
      let day = schedule.start.adding(days: offset).iso.replacing("-", with: "")
      minutesBefore += step.resource.minutes.value
      var description =
        "\(step.resource.provider), \(step.resource.format), \(step.resource.minutes.value) minutes."
      for reason in step.reasons { description += "\n" + reason }
      lines += [
        "BEGIN:VEVENT",
        "UID:\(Self.uid(plan, step))@pathway",
        "DTSTAMP:\(stamp)",
        "DTSTART:\(day)T090000",
        "DURATION:PT\(step.resource.minutes.value)M",
        "SUMMARY:\(Self.escape("Step \(step.order): \(step.resource.title)"))",
        "DESCRIPTION:\(Self.escape(description))",
      ]
      if HTMLEscaping.isWebLink(step.resource.url.value) {
        lines.append("URL:\(Self.uri(step.resource.url.value))")
      }
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
  }

  /// A URI value (RFC 5545, 3.3.13): written as it is, not escaped as text (a `,` in an
  /// address stays `,`), with control characters and spaces dropped.
  static func uri(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: text.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
    return String(out)
  }

  /// An opaque, stable identifier of a step's session: a hash of the learner, the step's number
  /// and its resource.
  static func uid(_ plan: Plan, _ step: Plan.Step) -> String {
    let key = "\(plan.learner ?? "learner")\n\(step.order)\n\(step.resource.id.value)"
    var digest = SHA256()
    digest.update(key.utf8)
    return String(digest.hexDigest().prefix(32))
  }

  /// Text with `\`, `;`, `,` and newlines escaped, and control characters dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A content line folded at 75 octets, never inside a UTF-8 sequence.
  static func fold(_ line: String) -> String {
    var parts: [String] = []
    var current = ""
    var octets = 0
    for character in line {
      let size = character.utf8.count
      let limit = parts.isEmpty ? 75 : 74
      if octets + size > limit {
        parts.append(current)
        current = ""
        octets = 0
      }
      current.append(character)
      octets += size
    }
    parts.append(current)
    return parts.joined(separator: "\r\n ")
  }
}
