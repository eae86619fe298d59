extension Validator {
  /// How old a `reviewed` date may be, in years before the newest one, before it is flagged.
  static let reviewWindowYears = 3

  /// A character that has no place in a one-line value such as a title: C0 and C1 controls
  /// (tab and line breaks among them), DEL, and the line and paragraph separators.
  static func breaksOneLine(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  mutating func validateResources() {
    let resources = project.resources
    let levels = Swift.min(levelRange.lowerBound + 1, levelRange.upperBound)...levelRange.upperBound
    for resource in resources {
      for capability in resource.capabilities {
        checkKnown(capability, in: capabilityIDs, code: .unknownCapability, what: "capability")
      }
      for archetype in resource.archetypes ?? [] {
        checkKnown(archetype, in: archetypeIDs, code: .unknownArchetype, what: "archetype")
      }
      for prerequisite in resource.prerequisites {
        checkKnown(prerequisite, in: resourceIDs, code: .unknownResource, what: "resource")
      }
      checkLevel(resource.level, "level", in: levels)
      for (key, text) in [("title", resource.title), ("provider", resource.provider)] {
        guard let bad = text.unicodeScalars.first(where: Self.breaksOneLine) else { continue }
        report(.lineBreak(bad, inThe: key, of: resource))
      }
      if resource.minutes.value <= 0 {
        report(.nonPositiveMinutes(resource.minutes))
      }
      if !Self.isWebAddress(resource.url.value) {
        report(.invalidURL(resource.url))
      }
      if resource.capabilities.isEmpty {
        report(.resourceWithoutCapability(resource.id))
      }
    }
    reportStaleReviews()
    reportPrerequisiteCycles()
    reportCapabilitiesWithoutResources()
  }

  /// Whether `text` is an absolute http(s) address with a host.
  static func isWebAddress(_ text: String) -> Bool {
    /// Whether `text` starts with `scheme` in any case, compared byte by byte (a scheme is ASCII).
    func starts(with scheme: String) -> Bool {
      let lowered = text.utf8.prefix(scheme.utf8.count).lazy.map { byte in
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
      }
      return lowered.elementsEqual(scheme.utf8)
    }
    for scheme in ["https://", "http://"] where starts(with: scheme) {
      let host = text.utf8.dropFirst(scheme.utf8.count).prefix { byte in
        byte != UInt8(ascii: "/") && byte != UInt8(ascii: "?") && byte != UInt8(ascii: "#")
      }
      return !host.isEmpty && !containsWhitespace(text)
    }
    return false
  }

  /// Whether text holds whitespace; an ASCII address is checked byte by byte.
  static func containsWhitespace(_ text: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(where: \.isWhitespace) }
    // Tab, line feed, vertical tab, form feed, carriage return and space: ASCII's whitespace.
    return text.utf8.contains { (0x09...0x0D).contains($0) || $0 == 0x20 }
  }

  private mutating func reportStaleReviews() {
    let reviewed = project.resources.compactMap { resource in
      resource.reviewed.flatMap { date in CalendarDate(date.value).map { (resource, date, $0) } }
    }
    guard let newest = reviewed.map(\.2).max() else { return }
    let cutoff = newest.years(before: Self.reviewWindowYears)
    for (resource, date, day) in reviewed where day < cutoff {
      report(.staleReview(resource.id.value, date, years: Self.reviewWindowYears, newest: newest))
    }
  }

  /// Reports each prerequisite cycle once, naming the whole cycle, at the entry that closes it.
  private mutating func reportPrerequisiteCycles() {
    let resources = project.resources
    // A resource by its position; an id given twice (reported) means the first.
    let indexByID = Dictionary(
      resources.indices.map { (resources[$0].id.value, $0) },
      uniquingKeysWith: { first, _ in first }
    )
    enum Mark { case active, done }
    var marks = [Mark?](repeating: nil, count: resources.count)
    for root in resources.indices
    where marks[root] == nil && indexByID[resources[root].id.value] == root {
      // Iterative depth-first search: the path and, for each step on it, the next prerequisite to visit.
      var path: [(resource: Int, next: Int)] = [(root, 0)]
      marks[root] = .active
      while let top = path.last {
        let prerequisites = resources[top.resource].prerequisites
        guard top.next < prerequisites.count else {
          marks[top.resource] = .done
          path.removeLast()
          continue
        }
        path[path.count - 1].next += 1
        let prerequisite = prerequisites[top.next]
        guard let index = indexByID[prerequisite.value] else { continue }
        switch marks[index] {
        case .active:
          let start = path.firstIndex { $0.resource == index } ?? 0
          let cycle = path[start...].map { resources[$0.resource].id.value } + [prerequisite.value]
          report(.prerequisiteCycle(cycle, at: prerequisite.location))
        case .done:
          continue
        case nil:
          marks[index] = .active
          path.append((index, 0))
        }
      }
    }
  }

  private mutating func reportCapabilitiesWithoutResources() {
    let facts = known.facts
    for capability in project.framework.capabilities {
      let isTaught = facts.capabilityIndex[capability.id.value].map {
        !facts.resourcesTeaching[$0].isEmpty
      }
      if isTaught != true { report(.capabilityWithoutResource(capability.id)) }
    }
  }
}

extension Diagnostic {
  /// A resource that takes 0 minutes or less.
  static func nonPositiveMinutes(_ minutes: Located<Int>) -> Diagnostic {
    Diagnostic(
      .nonPositiveMinutes, "`minutes` must be above 0, not \(minutes.value)", at: minutes.location,
      help: "give the time it takes to complete, in minutes")
  }

  /// A resource's address that is not http or https.
  static func invalidURL(_ url: Located<String>) -> Diagnostic {
    Diagnostic(
      .invalidURL, "`\(url.value)` is not an http or https address", at: url.location,
      help: "write the full address, starting `https://`")
  }

  /// A resource that lists no capability.
  static func resourceWithoutCapability(_ resource: Located<String>) -> Diagnostic {
    Diagnostic(
      .resourceWithoutCapability, .warning, "resource `\(resource.value)` teaches no capability",
      at: resource.location,
      help: "list what it teaches under `capabilities:`; no rule can recommend it until then")
  }

  /// A review date long before the newest one in the catalogue.
  static func staleReview(
    _ resource: String, _ date: Located<String>, years: Int, newest: CalendarDate
  ) -> Diagnostic {
    Diagnostic(
      .staleReview, .warning,
      "resource `\(resource)` was last reviewed on \(date.value), over \(years) years before the newest review (\(newest.iso))",
      at: date.location, help: "check it is still current and update `reviewed`")
  }

  /// Resources that are each other's prerequisites, named in order round the cycle.
  static func prerequisiteCycle(_ cycle: [String], at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .prerequisiteCycle,
      "prerequisite cycle: " + cycle.map { "`\($0)`" }.joined(separator: " -> "),
      at: location, help: "remove one of these prerequisites; a resource cannot come before itself")
  }

  /// A capability no resource teaches.
  static func capabilityWithoutResource(_ capability: Located<String>) -> Diagnostic {
    Diagnostic(
      .capabilityWithoutResource, .warning, "no resource teaches capability `\(capability.value)`",
      at: capability.location, help: "add a resource that lists it under `capabilities:`")
  }
}

extension Diagnostic {
  /// A title or provider (`key`) of a resource with a line break or control character in it.
  static func lineBreak(
    _ character: Unicode.Scalar, inThe key: String, of resource: Resource
  ) -> Diagnostic {
    let code = String(character.value, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
    return Diagnostic(
      .invalidValue,
      "the `\(key)` of `\(resource.id.value)` holds a line break or control character (U+\(padded))",
      at: resource.location, help: "write the \(key) on one line, without control characters")
  }
}
