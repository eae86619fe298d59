/// The values one firing of a rule gives to placeholders.
///
/// A class: made once per capability for a learner, then handed to every firing that binds it.
final class Binding: Sendable {
  let archetype: Framework.Archetype?
  let archetypeID: String
  let profession: String
  /// The capability a `gap` or `level` condition bound, with the learner's assessed level and target.
  let capability: (capability: Framework.Capability, level: Int, target: Int)?

  init(
    archetype: Framework.Archetype?, archetypeID: String, profession: String,
    capability: (capability: Framework.Capability, level: Int, target: Int)?
  ) {
    self.archetype = archetype
    self.archetypeID = archetypeID
    self.profession = profession
    self.capability = capability
  }

  /// The text of a placeholder; `resourceTitle` fills `{resource.title}`.
  func text(_ placeholder: Placeholder, resourceTitle: String? = nil) -> String {
    switch placeholder {
    case .capability: capability?.capability.id.value ?? ""
    case .capabilityName: capability?.capability.name ?? ""
    case .domain: capability?.capability.domain ?? ""
    case .level: capability.map { String($0.level) } ?? ""
    case .target: capability.map { String($0.target) } ?? ""
    case .gap: capability.map { String(Swift.max(0, $0.target - $0.level)) } ?? ""
    case .archetype: archetypeID
    case .archetypeName: archetype?.name ?? archetypeID
    case .profession: profession
    case .resourceTitle: resourceTitle ?? ""
    }
  }

  /// The value of a number that may be a placeholder; nil when the placeholder is unbound.
  func number(_ value: NumberValue) -> Int? {
    switch value {
    case .literal(let number): number.value
    case .placeholder(let name, _):
      switch name {
      case .level: capability?.level
      case .target: capability?.target
      case .gap: capability.map { Swift.max(0, $0.target - $0.level) }
      default: nil
      }
    }
  }

  /// A template with this firing's values.
  func render(_ template: Template, resourceTitle: String? = nil) -> String {
    template.render { text($0, resourceTitle: resourceTitle) }
  }
}
