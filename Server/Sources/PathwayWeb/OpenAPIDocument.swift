import Pathway

/// The OpenAPI 3.1 description of the API, served at `/openapi.json`.
///
/// The learner's schema is the library's own (`pathway schema learner`), so the two cannot
/// drift apart.
enum OpenAPIDocument {
  /// The paths the document describes, with their methods: what a test holds the router to.
  static let operations: [(method: String, path: String)] =
    [
      ("post", "/api/plan"), ("get", "/api/explain"), ("post", "/api/explain"),
      ("get", "/api/framework"),
      ("get", "/api/resources"), ("get", "/healthz"), ("get", "/openapi.json"),
    ] + RecordsOpenAPI.operations

  /// The document, as JSON text.
  static func json(maximumBodyBytes: Int) -> String {
    let learner: JSON
    if case .object(let members) = JSONSchemaGenerator().schema(for: .learner) {
      learner = .object(members.filter { $0.0 != "$schema" })
    } else {
      learner = .object([("type", .string("object"))])
    }
    return """
      {
        "openapi": "3.1.0",
        "info": {
          "title": "Pathway",
          "version": "1",
          "description": "Personal learning plans for AI and digital healthcare, from the NHS capability framework (DART-Ed, 2023), a catalogue of learning resources and educators' rules. Learners' records are kept only through /api/records."
        },
        "paths": {
          "/api/plan": {
            "post": {
              "operationId": "plan",
              "summary": "The plan for a learner",
              "description": "The learner as JSON, with the fields of a learner file (`id` is required). Ids, archetypes, capabilities and levels are checked against the framework and catalogue served (a 400 names each problem). Bodies over \(maximumBodyBytes) bytes are refused unread.",
              "parameters": [
                {"name": "budget", "in": "query", "required": false, "description": "Minutes of study, overriding the learner's own budget.", "schema": {"type": "integer", "minimum": 1}}
              ],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Learner"}}}},
              "responses": {
                "200": {"description": "The plan", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Plan"}}}},
                "400": {"$ref": "#/components/responses/Invalid"},
                "413": {"$ref": "#/components/responses/TooLarge"}
              }
            }
          },
          "/api/explain": {
            "post": {
              "operationId": "explain",
              "summary": "Why a resource is in a learner's plan, or why not",
              "description": "The learner in the body, as POST /api/plan takes it; the resource in the query.",
              "parameters": [
                {"name": "resource", "in": "query", "required": true, "schema": {"type": "string"}}
              ],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Learner"}}}},
              "responses": {
                "200": {"description": "The explanation", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Explanation"}}}},
                "400": {"$ref": "#/components/responses/Invalid"},
                "404": {"description": "No resource has that id", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}}},
                "413": {"$ref": "#/components/responses/TooLarge"}
              }
            },
            "get": {
              "operationId": "explainFromQuery",
              "deprecated": true,
              "summary": "Why a resource is in a learner's plan, or why not, with the learner in the query",
              "description": "Deprecated: use POST, which keeps a learner's answers out of addresses (and so out of logs and browser histories). The learner is given in the query: archetype, profession, level-CAPABILITY for each level, hours, format, free, done.",
              "parameters": [
                {"name": "resource", "in": "query", "required": true, "schema": {"type": "string"}},
                {"name": "archetype", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1}},
                {"name": "profession", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": \(LearnerAnswers.maximumProfessionLength)}},
                {"name": "hours", "in": "query", "required": false, "description": "Hours of study; none for no limit.", "schema": {"type": "number", "exclusiveMinimum": 0, "maximum": \(Int(LearnerAnswers.maximumHours))}},
                {"name": "format", "in": "query", "required": false, "style": "form", "explode": true, "schema": {"type": "array", "items": {"enum": [\(Resource.formats.map { "\"\($0)\"" }.joined(separator: ", "))]}}},
                {"name": "free", "in": "query", "required": false, "description": "Present for free resources only.", "schema": {"type": "string"}},
                {"name": "done", "in": "query", "required": false, "style": "form", "explode": true, "description": "Ids of resources already completed.", "schema": {"type": "array", "items": {"type": "string", "minLength": 1}}}
              ],
              "responses": {
                "200": {"description": "The explanation", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Explanation"}}}},
                "400": {"$ref": "#/components/responses/Invalid"},
                "404": {"description": "No resource has that id", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}}}
              }
            }
          },
          "/api/framework": {
            "get": {
              "operationId": "framework",
              "summary": "The capability framework: levels, archetypes and their expectations, domains, capabilities and statements",
              "responses": {"200": {"description": "The framework", "content": {"application/json": {"schema": {"type": "object", "required": ["id", "title", "levels", "archetypes", "domains"]}}}}}
            }
          },
          "/api/resources": {
            "get": {
              "operationId": "resources",
              "summary": "Every learning resource of the catalogue",
              "responses": {"200": {"description": "The catalogue", "content": {"application/json": {"schema": {"type": "object", "required": ["resources"], "properties": {"resources": {"type": "array", "items": {"$ref": "#/components/schemas/Resource"}}}}}}}}
            }
          },
          \(RecordsOpenAPI.paths)"/healthz": {
            "get": {
              "operationId": "health",
              "summary": "Whether the server is up, and which rules and catalogue it serves",
              "responses": {"200": {"description": "Up", "content": {"application/json": {"schema": {"type": "object", "required": ["status", "inputs"], "properties": {"status": {"const": "ok"}, "framework": {"type": "string"}, "resources": {"type": "integer"}, "rules": {"type": "integer"}, "inputs": {"type": "string"}}}}}}}
            }
          },
          "/openapi.json": {
            "get": {
              "operationId": "openapi",
              "summary": "This document",
              "responses": {"200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}
            }
          }
        },
        "components": {
          \(RecordsOpenAPI.components)"responses": {
            \(RecordsOpenAPI.responses)            "Invalid": {"description": "The learner does not check: every problem, with its line and column in the body (or the query field it came from)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Diagnostics"}}}},
            "TooLarge": {"description": "The body is over the limit and was not read", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Diagnostics"}}}}
          },
          "schemas": {
            \(RecordsOpenAPI.schemas)            "Learner": {"allOf": [\(learner.serialized()), {"required": ["id"]}]},
            "Plan": {
              "type": "object",
              "required": ["schemaVersion", "learner", "archetype", "framework", "budgetMinutes", "totalMinutes", "phases", "steps", "gaps", "uncovered", "advice", "provenance"],
              "properties": {
                "schemaVersion": {"const": 1},
                "learner": {"type": ["string", "null"]},
                "archetype": {"type": "string"},
                "profession": {"type": "string"},
                "framework": {"type": "string"},
                "budgetMinutes": {"type": ["integer", "null"]},
                "totalMinutes": {"type": "integer"},
                "overrunMinutes": {"type": ["integer", "null"]},
                "phases": {"type": "array", "items": {"type": "object", "required": ["name", "steps"], "properties": {"name": {"type": "string"}, "steps": {"type": "array", "items": {"type": "integer"}}}}},
                "steps": {"type": "array", "items": {"$ref": "#/components/schemas/Step"}},
                "gaps": {"type": "array", "items": {"type": "object", "required": ["capability", "assessed", "target", "gap", "closedBy", "remaining"], "properties": {"capability": {"type": "string"}, "assessed": {"type": "integer"}, "target": {"type": "integer"}, "gap": {"type": "integer"}, "closedBy": {"type": "array", "items": {"type": "string"}}, "remaining": {"type": "integer"}}}},
                "uncovered": {"type": "array", "items": {"type": "object", "required": ["capability", "gap", "reason", "text"], "properties": {"capability": {"type": "string"}, "gap": {"type": "integer"}, "reason": {"type": "string"}, "text": {"type": "string", "description": "The reason in plain words, for the learner."}}}},
                "advice": {"type": "array", "description": "What one change to the learner's preferences would do, each tried alone by planning again; only changes that close more gaps.", "items": {"type": "object", "required": ["change", "gaps", "text"], "properties": {"change": {"enum": ["formats", "budget", "freeOnly"]}, "gaps": {"type": "integer", "minimum": 1}, "text": {"type": "string"}}}},
                "provenance": {"type": "object", "required": ["engine", "inputs"], "properties": {"engine": {"type": "string"}, "inputs": {"type": "string"}}}
              }
            },
            "Step": {
              "type": "object",
              "required": ["order", "resource", "title", "url", "minutes", "score", "mandatory", "closes", "why", "reasons"],
              "properties": {
                "order": {"type": "integer", "minimum": 1},
                "resource": {"type": "string"},
                "title": {"type": "string"},
                "url": {"type": "string"},
                "minutes": {"type": "integer"},
                "score": {"type": "number"},
                "mandatory": {"type": "boolean"},
                "closes": {"type": "array", "items": {"type": "object", "required": ["capability", "from", "to"], "properties": {"capability": {"type": "string"}, "from": {"type": "integer"}, "to": {"type": "integer"}}}},
                "why": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}},
                "reasons": {"type": "array", "minItems": 1, "maxItems": 3, "description": "One to three sentences for the learner, made from the terms.", "items": {"type": "string"}}
              }
            },
            "Term": {"type": "object", "required": ["rule", "term", "text"], "properties": {"rule": {"type": ["string", "null"], "description": "Null for a step needed before later steps."}, "capability": {"type": ["string", "null"]}, "prerequisiteOf": {"type": "array", "items": {"type": "string"}}, "term": {"type": "number"}, "text": {"type": "string"}}},
            "Explanation": {
              "type": "object",
              "required": ["resource", "status", "score", "terms", "by", "text"],
              "properties": {
                "resource": {"type": "string"},
                "status": {"enum": [\(ExplanationStatus.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))]},
                "score": {"type": "number"},
                "terms": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}},
                "by": {"type": ["string", "null"]},
                "location": {"type": ["string", "null"]},
                "text": {"type": "string"},
                "change": {"type": ["string", "null"]},
                "perMinute": {"type": "number", "description": "For outranked, over-budget and not-selected: its points per minute were it added next."},
                "lostTo": {"type": "object", "required": ["resource", "perMinute"], "properties": {"resource": {"type": "string"}, "perMinute": {"type": "number"}}},
                "wouldChange": {"type": "object", "properties": {"boost": {"type": "number"}, "budgetMinutes": {"type": "integer"}, "recommend": {"const": true}}}
              }
            },
            "Resource": {
              "type": "object",
              "required": ["id", "title", "provider", "url", "format", "minutes", "cost", "level", "capabilities", "archetypes", "prerequisites", "tags"],
              "properties": {
                "id": {"type": "string"}, "title": {"type": "string"}, "provider": {"type": "string"},
                "url": {"type": "string"}, "format": {"type": "string"}, "minutes": {"type": "integer"},
                "cost": {"type": ["number", "null"]}, "level": {"type": "integer"},
                "capabilities": {"type": "array", "items": {"type": "string"}},
                "archetypes": {"type": ["array", "null"], "items": {"type": "string"}},
                "prerequisites": {"type": "array", "items": {"type": "string"}},
                "tags": {"type": "array", "items": {"type": "string"}}
              }
            },
            "Diagnostics": {
              "type": "object",
              "required": ["diagnostics"],
              "properties": {
                "diagnostics": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["code", "severity", "file", "line", "column", "message"],
                    "properties": {
                      "code": {"type": "string"}, "rule": {"type": "string"},
                      "severity": {"enum": ["error", "warning"]},
                      "file": {"type": ["string", "null"]},
                      "input": {"type": "string", "description": "The query parameter the problem is in, when it is in no file (`file` is then null)."},
                      "line": {"type": ["integer", "null"]}, "column": {"type": ["integer", "null"]},
                      "message": {"type": "string"}, "help": {"type": ["string", "null"]},
                      "notes": {"type": "array"}
                    }
                  }
                }
              }
            },
            "NotFound": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}, "suggestion": {"type": ["string", "null"]}}}
          }
        }
      }

      """
  }
}
