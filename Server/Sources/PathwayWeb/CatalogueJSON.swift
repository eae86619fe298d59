import Pathway

/// The framework and the catalogue as the API serves them.
enum CatalogueJSON {
  /// The framework: levels, archetypes with their roles, domains with their capabilities and
  /// statements, and the level each archetype is expected to reach in each capability.
  static func framework(_ framework: Framework) -> JSON {
    .object([
      ("id", .string(framework.id)),
      ("title", .string(framework.title)),
      (
        "levels",
        .array(
          framework.levels.map {
            .object([("level", .int($0.level)), ("name", .string($0.name))])
          })
      ),
      (
        "archetypes",
        .array(
          framework.archetypes.map { archetype in
            .object([
              ("id", .string(archetype.id.value)),
              ("name", .string(archetype.name)),
              ("description", .string(archetype.description)),
              ("roles", .array(archetype.roles.map(JSON.string))),
              (
                "expectations",
                .object(
                  framework.capabilities.map {
                    ($0.id.value, .int(framework.expectedLevel(of: archetype.id.value, in: $0)))
                  })
              ),
            ])
          })
      ),
      ("domains", .array(framework.domains.map(domain))),
    ])
  }

  private static func domain(_ domain: Framework.Domain) -> JSON {
    .object([
      ("id", .string(domain.id.value)),
      ("name", .string(domain.name)),
      ("description", domain.description.map(JSON.string) ?? .null),
      (
        "capabilities",
        .array(
          domain.capabilities.map { capability in
            .object([
              ("id", .string(capability.id.value)),
              ("name", .string(capability.name)),
              ("description", .string(capability.description)),
              (
                "statements",
                .array(
                  capability.statements.map { statement in
                    .object([
                      ("text", .string(statement.text)),
                      ("level", statement.level.map { .int($0.value) } ?? .null),
                      ("archetypes", .array(statement.archetypes.map { .string($0.value) })),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// Every resource of the catalogue, by id.
  static func resources(_ resources: [Resource]) -> JSON {
    .object([("resources", .array(resources.map(resource)))])
  }

  private static func resource(_ resource: Resource) -> JSON {
    .object([
      ("id", .string(resource.id.value)),
      ("title", .string(resource.title)),
      ("provider", .string(resource.provider)),
      ("url", .string(resource.url.value)),
      ("format", .string(resource.format)),
      ("minutes", .int(resource.minutes.value)),
      ("cost", resource.cost.map(JSON.double) ?? .null),
      ("level", .int(resource.level.value)),
      ("capabilities", .array(resource.capabilities.map { .string($0.value) })),
      ("archetypes", resource.archetypes.map { .array($0.map { .string($0.value) }) } ?? .null),
      ("prerequisites", .array(resource.prerequisites.map { .string($0.value) })),
      ("tags", .array(resource.tags.map(JSON.string))),
    ])
  }
}
