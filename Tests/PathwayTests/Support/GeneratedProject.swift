import Foundation

@testable import Pathway

/// A deterministic random source, so every generated case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A random but valid project and learners, written as YAML files: framework, resources spread
/// over files, rules of every effect, and learners with gaps, budgets, preferences and history.
struct GeneratedProject {
  static let archetypes = ["user", "embedder", "creator"]
  static let formats = ["video", "course", "article", "e-learning"]

  var framework: String
  /// Resource entries, one YAML list item each.
  var resources: [String]
  /// Rule entries, one YAML list item each.
  var rules: [String]
  var learners: [String]
  let capabilities: [String]
  let resourceIDs: [String]

  /// A project drawn from `seed`; `crowded`, one with many resources that teach the same
  /// capabilities at the same level, often for the same minutes, and a recommendation of the
  /// shorter ones only.
  init(seed: UInt64, crowded: Bool = false) {
    var random = SplitMix64(seed: seed)
    let capabilityCount =
      crowded ? Int.random(in: 2...3, using: &random) : Int.random(in: 2...6, using: &random)
    let capabilities = (0..<capabilityCount).map { "d\($0 % 2).c\($0)" }
    self.capabilities = capabilities
    var framework = "id: generated\ntitle: Generated\nlevels:\n"
    framework += (0...3).map { "  - {level: \($0), name: L\($0)}\n" }.joined()
    framework +=
      "archetypes:\n"
      + Self.archetypes.map { "  - {id: \($0), name: \($0)s, description: d}\n" }.joined()
    framework += "domains:\n"
    for domain in 0..<2 {
      framework += "  - id: d\(domain)\n    name: D\(domain)\n    capabilities:\n"
      for capability in capabilities where capability.hasPrefix("d\(domain).") {
        framework += "      - {id: \(capability), name: Capability \(capability), description: d}\n"
      }
      if !capabilities.contains(where: { $0.hasPrefix("d\(domain).") }) {
        framework += "      - {id: d\(domain).spare, name: Spare, description: d}\n"
      }
    }
    framework += "expectations:\n"
    for archetype in Self.archetypes {
      framework += "  \(archetype): {default: \(Int.random(in: 1...3, using: &random))}\n"
    }
    self.framework = framework

    let resourceCount =
      crowded ? Int.random(in: 40...120, using: &random) : Int.random(in: 3...14, using: &random)
    let ids = (0..<resourceCount).map { "r\($0)" }
    resourceIDs = ids
    resources = ids.enumerated().map { index, id in
      let taught = Array(
        Set(
          (0..<Int.random(in: 1...2, using: &random)).map { _ in
            capabilities.randomElement(using: &random) ?? ""
          })
      ).sorted()
      var entry =
        "- id: \(id)\n  title: Resource \(index)\n  provider: P\(index % 3)\n  url: https://example.org/\(id)\n"
      entry += "  format: \(Self.formats.randomElement(using: &random) ?? "video")\n"
      let minutes =
        crowded
        ? [10, 20, 30, 45, 60, 90].randomElement(using: &random) ?? 10
        : Int.random(in: 5...200, using: &random)
      entry += "  minutes: \(minutes)\n"
      if Bool.random(using: &random) {
        entry += "  cost: \(Int.random(in: 0...2, using: &random) * 50)\n"
      }
      entry += "  level: \(Int.random(in: 1...3, using: &random))\n"
      entry += "  capabilities: [\(taught.joined(separator: ", "))]\n"
      if Int.random(in: 0..<4, using: &random) == 0 {
        entry +=
          "  archetypes: [\(Self.archetypes.shuffled(using: &random).prefix(2).joined(separator: ", "))]\n"
      }
      if index > 0, Int.random(in: 0..<3, using: &random) == 0 {
        entry += "  prerequisites: [r\(Int.random(in: 0..<index, using: &random))]\n"
      }
      if Bool.random(using: &random) {
        entry += "  tags: [t\(Int.random(in: 0...2, using: &random))]\n"
      }
      return entry
    }

    var rules = [
      "  - id: close-gaps\n    weight: \(Int.random(in: 1...3, using: &random))\n    when: {gap: {capability: \"*\"}}\n    then:\n      - recommend: {capability: \"{capability}\", level: {max: \"{target}\"}}\n    because: \"{capability.name} from {level} to {target}\"\n",
      "  - id: free-only\n    when: {preference: {freeOnly: true}}\n    then:\n      - exclude: {free: false}\n    because: Free only.\n",
    ]
    if Bool.random(using: &random) {
      rules.append(
        "  - id: boost-format\n    when: {gap: {domain: d0}}\n    then:\n      - boost: {select: {capability: \"{capability}\", format: \(Self.formats.randomElement(using: &random) ?? "video")}, by: 0.5}\n    because: \"{capability}\"\n"
      )
    }
    if Bool.random(using: &random) {
      rules.append(
        "  - id: penalise-long\n    weight: 1.5\n    then:\n      - penalise: {select: {level: 3}, by: 0.25}\n    because: Long ones later.\n"
      )
    }
    if Bool.random(using: &random) {
      rules.append(
        "  - id: exclude-tag\n    when: {archetype: user}\n    then:\n      - exclude: {tag: t1}\n    because: Not for users.\n"
      )
    }
    if Bool.random(using: &random), let required = ids.randomElement(using: &random) {
      rules.append(
        "  - id: require-one\n    when: {not: {completed: \(required)}}\n    then:\n      - require: \(required)\n    because: Everyone does it.\n"
      )
    }
    if Bool.random(using: &random) {
      rules.append(
        "  - id: raise-target\n    when: {all: [{archetype: [embedder, creator]}, {level: {domain: d1, min: 1}}]}\n    then:\n      - target: {capability: \"{capability}\", level: 3}\n    because: Go further.\n"
      )
    }
    if Bool.random(using: &random) {
      rules.append(
        "  - id: any-branch\n    weight: 0.1\n    when: {any: [{gap: {capability: \"d0.*\", min: 2}}, {level: {capability: \"d1.*\", max: 0}}]}\n    then:\n      - recommend: {capability: \"{capability}\"}\n    because: \"{capability.name}\"\n"
      )
    }

    learners = (0..<4).map { index in
      var learner =
        "id: l\(index)\narchetype: \(Self.archetypes.randomElement(using: &random) ?? "user")\nprofession: nurse\nassessment: {"
      learner +=
        capabilities.map { "\($0): \(Int.random(in: 0...2, using: &random))" }.joined(
          separator: ", ") + "}\n"
      var preferences: [String] = []
      if Int.random(in: 0..<4, using: &random) > 0 {
        preferences.append("budgetMinutes: \(Int.random(in: 20...500, using: &random))")
      }
      if Int.random(in: 0..<4, using: &random) == 0 { preferences.append("freeOnly: true") }
      if Int.random(in: 0..<6, using: &random) == 0 {
        preferences.append("formats: [video, course]")
      }
      learner += "preferences: {\(preferences.joined(separator: ", "))}\n"
      if Bool.random(using: &random), let done = ids.randomElement(using: &random) {
        learner += "completed: [\(done)]\n"
      }
      return learner
    }
    // Recommendations bound to a capability that choose only some of its resources, with weights
    // whose sums depend on their order (with "any-branch"): one listed before "close-gaps", one
    // after. Drawn last, so that the draws before them stay as they were.
    for id in ["a-format-first", "format-later"] where Bool.random(using: &random) {
      let format = Self.formats.randomElement(using: &random) ?? "video"
      rules.append(
        "  - id: \(id)\n    weight: 0.1\n    when: {gap: {domain: d\(Int.random(in: 0...1, using: &random))}}\n    then:\n      - recommend: {capability: \"{capability}\", format: \(format)}\n    because: \"{capability.name}\"\n"
      )
    }
    if crowded {
      rules.append(
        "  - id: short-first\n    weight: 0.5\n    when: {gap: {capability: \"*\"}}\n    then:\n      - recommend: {capability: \"{capability}\", maxMinutes: 45}\n    because: \"{capability.name}\"\n"
      )
      rules.append(
        "  - id: boost-tagged\n    then:\n      - boost: {select: {tag: t0}, by: \(Int.random(in: 1...4, using: &random))}\n    because: Tagged.\n"
      )
    }
    self.rules = rules
  }

  /// Writes the project into a fresh folder, entries spread over files in the order given.
  func write(shuffledWith seed: UInt64? = nil) throws -> String {
    let root = try Fixtures.temporaryFolder()
    let manager = FileManager.default
    try manager.createDirectory(
      atPath: root + "/catalogue/resources", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: root + "/rules", withIntermediateDirectories: true)
    try framework.write(
      toFile: root + "/catalogue/framework.yaml", atomically: true, encoding: .utf8)
    var resources = self.resources
    var rules = self.rules
    if let seed {
      var random = SplitMix64(seed: seed)
      resources.shuffle(using: &random)
      rules.shuffle(using: &random)
    }
    let split = resources.count / 2
    try resources[..<split].joined().write(
      toFile: root + "/catalogue/resources/b.yaml", atomically: true, encoding: .utf8)
    try
      ("resources:\n"
      + resources[split...].map { "  " + $0.replacing("\n  ", with: "\n    ") }.joined())
      .write(toFile: root + "/catalogue/resources/a.yaml", atomically: true, encoding: .utf8)
    try ("rules:\n" + rules.joined()).write(
      toFile: root + "/rules/rules.yaml", atomically: true, encoding: .utf8)
    for (index, learner) in learners.enumerated() {
      try learner.write(toFile: root + "/learner\(index).yaml", atomically: true, encoding: .utf8)
    }
    return root
  }
}
