import Foundation

/// A deterministic random source, so every workload can be made again from its seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  var state: UInt64

  /// A source for a seed.
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A realistic workload at any size, written as the files Pathway reads: the bundled framework,
/// a generated catalogue and rule set, and a population as JSON Lines.
public struct Workload: Sendable {
  public static let archetypes = ["shaper", "driver", "creator", "embedder", "user"]
  /// The share of each archetype in the workforce: mostly users, fewest shapers.
  public static let archetypeWeights = [3, 8, 7, 12, 70]
  static let formats = [
    "e-learning", "video", "article", "course", "workshop", "podcast", "guidance",
  ]
  static let professions = [
    "nurse", "doctor", "healthcare assistant", "pharmacist", "physiotherapist", "care worker",
  ]

  public let capabilities: [String]
  public let seed: UInt64

  /// A workload over the capabilities of a framework.
  public init(capabilities: [String], seed: UInt64 = 2026) {
    self.capabilities = capabilities
    self.seed = seed
  }

  /// A catalogue of `count` resources, as one resources file.
  public func catalogue(resources count: Int) -> String {
    catalogue(resources: count, perFile: max(1, count)).first ?? "resources:\n"
  }

  /// A catalogue of `count` resources, as resources files of at most `perFile` each; the first
  /// resources are those of any smaller catalogue of the same seed.
  public func catalogue(resources count: Int, perFile: Int) -> [String] {
    var random = SplitMix64(seed: seed &+ 1)
    var files: [String] = []
    var out = "resources:\n"
    out.reserveCapacity(min(count, perFile) * 300)
    for index in 0..<count {
      if index > 0, index % perFile == 0 {
        files.append(out)
        out = "resources:\n"
        out.reserveCapacity(min(count - index, perFile) * 300)
      }
      let taught = Set(
        (0..<Int.random(in: 1...3, using: &random)).map { _ in pick(capabilities, &random) })
      let level = pick([1, 1, 1, 2, 2, 2, 3, 3, 4], &random)
      let minutes = Int(exp(Double.random(in: log(10.0)...log(900.0), using: &random)))
      out +=
        "  - id: r\(index)\n    title: Resource \(index)\n    provider: Provider \(index % 40)\n"
      out += "    url: https://example.org/r\(index)\n    format: \(pick(Self.formats, &random))\n"
      out += "    minutes: \(minutes)\n"
      if Int.random(in: 0..<10, using: &random) < 6 {
        out += "    cost: 0\n"
      } else if Bool.random(using: &random) {
        out += "    cost: \(Int.random(in: 1...500, using: &random))\n"
      }
      out += "    level: \(level)\n    capabilities: [\(taught.sorted().joined(separator: ", "))]\n"
      if Int.random(in: 0..<10, using: &random) < 3 {
        out +=
          "    archetypes: [\(Set((0..<2).map { _ in pick(Self.archetypes, &random) }).sorted().joined(separator: ", "))]\n"
      }
      if index > 10, Int.random(in: 0..<10, using: &random) == 0 {
        out += "    prerequisites: [r\(Int.random(in: 0..<index, using: &random))]\n"
      }
      out += "    tags: [t\(Int.random(in: 0..<20, using: &random))]\n"
    }
    files.append(out)
    return files
  }

  /// A rule set of `count` rules: one closes every gap, the others boost, penalise, exclude,
  /// require and set targets for archetypes, professions, capabilities and preferences.
  public func rules(_ count: Int, resources: Int) -> String {
    var random = SplitMix64(seed: seed &+ 2)
    var out = """
      rules:
        - id: close-gaps
          weight: 2
          when: {gap: {capability: "*"}}
          then:
            - recommend: {capability: "{capability}", level: {max: "{target}"}}
          because: "You are at {level} in {capability.name}; {archetype.name} aim for {target}."
        - id: free-only
          when: {preference: {freeOnly: true}}
          then:
            - exclude: {free: false}
          because: You asked for free resources only.

      """
    for index in 0..<max(0, count - 2) {
      let archetype = pick(Self.archetypes, &random)
      let capability = pick(capabilities, &random)
      switch index % 6 {
      case 0:
        out +=
          "  - id: boost-\(index)\n    when: {all: [{archetype: \(archetype)}, {gap: {capability: \(capability)}}]}\n"
        out +=
          "    then:\n      - boost: {select: {capability: \"{capability}\", format: \(pick(Self.formats, &random))}, by: 0.5}\n"
        out += "    because: \"For {archetype.name}, this format suits {capability.name}.\"\n"
      case 1:
        out +=
          "  - id: exclude-\(index)\n    when: {archetype: \(archetype)}\n    then:\n      - exclude: {tag: t\(Int.random(in: 0..<20, using: &random))}\n"
        out += "    because: Not for {archetype.name}.\n"
      case 2:
        out += "  - id: penalise-\(index)\n    when: {level: {capability: \(capability), max: 0}}\n"
        out +=
          "    then:\n      - penalise: {select: {capability: \(capability), level: {min: 3}}, by: 1}\n"
        out += "    because: Start {capability.name} with the basics.\n"
      case 3:
        out +=
          "  - id: profession-\(index)\n    when: {profession: \(pick(Self.professions, &random))}\n"
        out +=
          "    then:\n      - boost: {select: {provider: Provider \(Int.random(in: 0..<40, using: &random))}, by: 0.25}\n"
        out += "    because: Written for your profession.\n"
      case 4:
        out +=
          "  - id: target-\(index)\n    when: {all: [{archetype: \(archetype)}, {level: {capability: \(capability), min: 1}}]}\n"
        out +=
          "    then:\n      - target: {capability: \"{capability}\", level: \(Int.random(in: 2...4, using: &random))}\n"
        out +=
          "    because: \"{archetype.name} who have started go further in {capability.name}.\"\n"
      default:
        out += "  - id: short-\(index)\n    when: {preference: {budget: {max: 240}}}\n"
        out +=
          "    then:\n      - boost: {select: {maxMinutes: 60, capability: \(capability)}, by: 0.5}\n"
        out += "    because: Short resources suit a short budget.\n"
      }
    }
    out +=
      "  - id: require-one\n    when: {not: {completed: r0}}\n    then:\n      - require: r0\n    because: Everyone completes it.\n"
    return out
  }

  /// `count` learners as JSON Lines, with realistic gaps, budgets and preferences.
  public func learners(_ count: Int, resources: Int, into handle: FileHandle) {
    var random = SplitMix64(seed: seed &+ 3)
    let total = Self.archetypeWeights.reduce(0, +)
    var buffer = ""
    for index in 0..<count {
      var roll = Int.random(in: 0..<total, using: &random)
      var archetype = Self.archetypes[0]
      for (name, weight) in zip(Self.archetypes, Self.archetypeWeights) {
        if roll < weight {
          archetype = name
          break
        }
        roll -= weight
      }
      let assessment = capabilities.map { "\"\($0)\":\(pick([0, 0, 1, 1, 1, 2, 2, 3], &random))" }
        .joined(separator: ",")
      var preferences: [String] = []
      if Int.random(in: 0..<10, using: &random) < 8 {
        preferences.append(
          "\"budgetMinutes\":\(pick([60, 120, 240, 480, 900, 1800, 2400], &random))")
      }
      if Int.random(in: 0..<100, using: &random) < 15 { preferences.append("\"freeOnly\":true") }
      let completed =
        Int.random(in: 0..<3, using: &random) == 0
        ? "\"r\(Int.random(in: 0..<resources, using: &random))\"" : ""
      buffer +=
        "{\"id\":\"l\(index)\",\"archetype\":\"\(archetype)\",\"profession\":\"\(pick(Self.professions, &random))\","
      buffer +=
        "\"assessment\":{\(assessment)},\"preferences\":{\(preferences.joined(separator: ","))},\"completed\":[\(completed)]}\n"
      if buffer.utf8.count > 1 << 20 {
        handle.write(Data(buffer.utf8))
        buffer = ""
      }
    }
    handle.write(Data(buffer.utf8))
  }

  private func pick<T>(_ values: [T], _ random: inout SplitMix64) -> T {
    values[Int.random(in: 0..<values.count, using: &random)]
  }
}
