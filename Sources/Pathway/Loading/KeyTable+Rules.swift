extension KeyTable {
  static let rule = KeyTable(
    kind: "rule",
    keys: [
      KeySpec(
        name: "id", shape: .id, isRequired: true,
        summary: "The rule's id, unique across rule files.", example: "close-gaps"),
      KeySpec(
        name: "weight", shape: .number(exclusiveMinimum: 0),
        summary: "Multiplies every term of the rule; above 0, default 1.", example: "2"),
      KeySpec(
        name: "when", shape: .condition,
        summary: "When the rule fires; leave out for always.",
        example: "{gap: {capability: \"ai.*\"}}"),
      KeySpec(
        name: "then", shape: .effects, isRequired: true,
        summary: "What the rule does: recommend, exclude, boost, penalise, target, require.",
        example: "[{recommend: {capability: \"{capability}\"}}]"),
      KeySpec(
        name: "because", shape: .text, isRequired: true,
        summary: "The reason shown to the learner; may use placeholders.",
        example: "You rated {capability.name} at {level}."),
    ])

  static let ruleFile = KeyTable(
    kind: "rules file",
    keys: [
      KeySpec(
        name: "rules", shape: .list(.mapping(.rule), orSingle: false), isRequired: true,
        summary: "The rules in this file.", example: "[]")
    ])

  static let condition = KeyTable(
    kind: "condition",
    keys: [
      KeySpec(
        name: "archetype", shape: .list(.id, orSingle: true),
        summary: "Holds for learners of these archetypes.", example: "[embedder, driver]"),
      KeySpec(
        name: "profession", shape: .list(.text, orSingle: true),
        summary: "Holds for learners of these professions (any case).", example: "nurse"),
      KeySpec(
        name: "gap", shape: .mapping(.capabilityCondition),
        summary:
          "Holds for each matching capability whose gap is within bounds (min defaults to 1); fires once per capability.",
        example: "{capability: \"ai.*\", min: 1}"),
      KeySpec(
        name: "level", shape: .mapping(.capabilityCondition),
        summary:
          "Holds for each matching capability whose assessed level is within bounds; fires once per capability.",
        example: "{capability: ai.ml, max: 1}"),
      KeySpec(
        name: "completed", shape: .id,
        summary: "Holds when the learner has completed this resource.",
        example: "elfh-data-security-awareness"),
      KeySpec(
        name: "preference", shape: .mapping(.preferenceCondition),
        summary: "Holds when the learner's preferences match.", example: "{freeOnly: true}"),
      KeySpec(
        name: "all", shape: .conditions,
        summary: "Holds when every condition holds.",
        example: "[{archetype: user}, {gap: {capability: \"ai.*\"}}]"),
      KeySpec(
        name: "any", shape: .conditions,
        summary: "Holds when any condition holds.",
        example: "[{archetype: user}, {archetype: embedder}]"),
      KeySpec(
        name: "not", shape: .condition,
        summary: "Holds when the condition does not.",
        example: "{completed: elfh-data-security-awareness}"),
    ])

  static let capabilityCondition = KeyTable(
    kind: "capability condition",
    keys: [
      KeySpec(
        name: "capability", shape: .text,
        summary: "A capability id or a glob such as `ai.*`; leave out for every capability.",
        example: "\"ai.*\""),
      KeySpec(
        name: "domain", shape: .id, summary: "Only capabilities of this domain.", example: "data"),
      KeySpec(
        name: "min", shape: .integer(minimum: 0), summary: "The lowest value that holds.",
        example: "1"),
      KeySpec(
        name: "max", shape: .integer(minimum: 0), summary: "The highest value that holds.",
        example: "3"),
    ])

  static let preferenceCondition = KeyTable(
    kind: "preference condition",
    keys: [
      KeySpec(
        name: "freeOnly", shape: .boolean,
        summary: "Holds when the learner's free-only preference is this.", example: "true"),
      KeySpec(
        name: "formats", shape: .list(.oneOf(Resource.formats), orSingle: true),
        summary: "Holds when the learner prefers any of these formats.", example: "[video, podcast]"
      ),
      KeySpec(
        name: "budget", shape: .mapping(.budgetBounds),
        summary:
          "Holds when the learner's time budget, in minutes, is within bounds (no budget counts as unlimited).",
        example: "{max: 120}"),
    ])

  static let budgetBounds = KeyTable(
    kind: "budget bounds",
    keys: [
      KeySpec(
        name: "min", shape: .integer(minimum: 0),
        summary: "The smallest budget, in minutes, that holds.",
        example: "60"),
      KeySpec(
        name: "max", shape: .integer(minimum: 0),
        summary: "The largest budget, in minutes, that holds.",
        example: "300"),
    ])

  static let bounds = KeyTable(
    kind: "bounds",
    keys: [
      KeySpec(
        name: "min", shape: .numberOrPlaceholder,
        summary: "The lowest value that matches.", example: "1"),
      KeySpec(
        name: "max", shape: .numberOrPlaceholder,
        summary: "The highest value that matches.", example: "\"{target}\""),
    ])

  static let effect = KeyTable(
    kind: "effect",
    keys: [
      KeySpec(
        name: "recommend", shape: .mapping(.selector),
        summary:
          "Makes the selected resources candidates; each is worth weight x the levels it closes of the firing's gap.",
        example: "{capability: \"{capability}\", level: {max: \"{target}\"}}"),
      KeySpec(
        name: "exclude", shape: .mapping(.selector),
        summary: "Keeps the selected resources out of the plan.", example: "{level: 4}"),
      KeySpec(
        name: "boost", shape: .mapping(.adjustment),
        summary: "Adds weight x `by` to the selected resources' scores.",
        example: "{select: {format: e-learning}, by: 0.5}"),
      KeySpec(
        name: "penalise", shape: .mapping(.adjustment),
        summary: "Subtracts weight x `by` from the selected resources' scores.",
        example: "{select: {level: 4}, by: 1}"),
      KeySpec(
        name: "target", shape: .mapping(.targetEffect),
        summary: "Sets the learner's target for a capability or a domain.",
        example: "{capability: data.privacy, level: 2}"),
      KeySpec(
        name: "require", shape: .list(.id, orSingle: true),
        summary: "Makes resources mandatory in the plan.", example: "elfh-data-security-awareness"),
    ])

  static let adjustment = KeyTable(
    kind: "adjustment",
    keys: [
      KeySpec(
        name: "select", shape: .mapping(.selector), isRequired: true,
        summary: "The resources to adjust.", example: "{format: e-learning}"),
      KeySpec(
        name: "by", shape: .number(exclusiveMinimum: nil), isRequired: true,
        summary: "How much, before the rule's weight.", example: "0.5"),
    ])

  static let targetEffect = KeyTable(
    kind: "target",
    keys: [
      KeySpec(
        name: "capability", shape: .text, summary: "A capability id, a glob, or `{capability}`.",
        example: "data.privacy"),
      KeySpec(
        name: "domain", shape: .text, summary: "A domain id: every capability in it.",
        example: "data"),
      KeySpec(
        name: "level", shape: .numberOrPlaceholder, isRequired: true,
        summary: "The target level.", example: "2"),
    ])

  static let selector = KeyTable(
    kind: "selector",
    keys: [
      KeySpec(
        name: "ids", shape: .list(.text, orSingle: true), summary: "These resources.",
        example: "[elfh-ai-foundations]"),
      KeySpec(
        name: "capability", shape: .list(.text, orSingle: true),
        summary: "Resources teaching a capability: an id, a glob or a placeholder.",
        example: "\"{capability}\""),
      KeySpec(
        name: "domain", shape: .list(.text, orSingle: true),
        summary: "Resources teaching a capability of this domain.", example: "ai"),
      KeySpec(
        name: "level", shape: .levelSelection,
        summary: "Resources at this level or within bounds.", example: "{max: \"{target}\"}"),
      KeySpec(
        name: "format", shape: .list(.text, orSingle: true), summary: "Resources of these formats.",
        example: "[video, podcast]"),
      KeySpec(
        name: "tag", shape: .list(.text, orSingle: true),
        summary: "Resources with any of these tags.", example: "introductory"),
      KeySpec(
        name: "provider", shape: .list(.text, orSingle: true),
        summary: "Resources from these providers.", example: "NICE"),
      KeySpec(
        name: "free", shape: .boolean, summary: "Free resources (true) or the others (false).",
        example: "true"),
      KeySpec(
        name: "maxMinutes", shape: .numberOrPlaceholder,
        summary: "Resources that take at most this many minutes.", example: "60"),
      KeySpec(
        name: "archetype", shape: .list(.text, orSingle: true),
        summary: "Resources meant for these archetypes.", example: "\"{archetype}\""),
    ])
}
