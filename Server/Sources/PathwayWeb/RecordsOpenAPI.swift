/// The records API's part of `/openapi.json`: its paths and the schemas they name.
enum RecordsOpenAPI {
  /// The paths, with their methods.
  static let operations: [(method: String, path: String)] = [
    ("post", "/api/records"), ("get", "/api/records/{id}"), ("delete", "/api/records/{id}"),
    ("post", "/api/records/{id}/assessments"), ("put", "/api/records/{id}/progress/{resource}"),
    ("delete", "/api/records/{id}/progress/{resource}"),
    ("get", "/api/organisations/{organisation}/report"),
  ]

  /// The members of `paths`, each ending with a comma.
  static let paths = """
    "/api/records": {
      "post": {
        "operationId": "createRecord",
        "summary": "Keep a learner's record: its id, the key to it (shown this once), and the plan",
        "description": "The learner as for /api/plan (`id` optional). To join an organisation, send `organisation` with `join`, the organisation's join code; a wrong code is a 400.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}},
        "responses": {
          "201": {"description": "Kept", "content": {"application/json": {"schema": {"type": "object", "required": ["record", "key", "plan"], "properties": {"record": {"type": "string"}, "key": {"type": "string"}, "plan": {"$ref": "#/components/schemas/Plan"}}}}}},
          "400": {"$ref": "#/components/responses/Invalid"},
          "404": {"description": "This server keeps no records", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}}},
          "503": {"$ref": "#/components/responses/StoreUnreachable"}
        }
      }
    },
    "/api/records/{id}": {
      "get": {
        "operationId": "readRecord",
        "parameters": [{"$ref": "#/components/parameters/RecordID"}],
        "summary": "A record: the current learner, every assessment with its date, progress, and the plan planned afresh",
        "security": [{"recordKey": []}],
        "responses": {
          "200": {"description": "The record", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Record"}}}},
          "404": {"$ref": "#/components/responses/NoRecord"},
          "503": {"$ref": "#/components/responses/StoreUnreachable"}
        }
      },
      "delete": {
        "operationId": "deleteRecord",
        "parameters": [{"$ref": "#/components/parameters/RecordID"}],
        "summary": "Delete a record and everything in it, at once",
        "security": [{"recordKey": []}],
        "responses": {
          "204": {"description": "Gone"},
          "404": {"$ref": "#/components/responses/NoRecord"},
          "503": {"$ref": "#/components/responses/StoreUnreachable"}
        }
      }
    },
    "/api/records/{id}/assessments": {
      "post": {
        "operationId": "reassess",
        "parameters": [{"$ref": "#/components/parameters/RecordID"}],
        "summary": "A new assessment, which becomes the current one; the old stays in the history",
        "security": [{"recordKey": []}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["assessment"], "properties": {"assessment": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}, "targets": {"type": "object"}, "preferences": {"type": "object"}}, "additionalProperties": false}}}},
        "responses": {
          "200": {"description": "The new plan, and each capability whose level changed", "content": {"application/json": {"schema": {"type": "object", "required": ["changes", "plan"], "properties": {"changes": {"type": "array", "items": {"type": "object", "required": ["capability", "from", "to"], "properties": {"capability": {"type": "string"}, "from": {"type": "integer"}, "to": {"type": "integer"}}}}, "plan": {"$ref": "#/components/schemas/Plan"}}}}}},
          "400": {"$ref": "#/components/responses/Invalid"},
          "404": {"$ref": "#/components/responses/NoRecord"},
          "503": {"$ref": "#/components/responses/StoreUnreachable"}
        }
      }
    },
    "/api/records/{id}/progress/{resource}": {
      "put": {
        "operationId": "setProgress",
        "parameters": [{"$ref": "#/components/parameters/RecordID"}, {"name": "resource", "in": "path", "required": true, "schema": {"type": "string"}}],
        "summary": "Mark a resource started or done; a done resource counts as completed in the plan",
        "security": [{"recordKey": []}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["status"], "properties": {"status": {"enum": ["started", "done"]}}}}}},
        "responses": {
          "200": {"$ref": "#/components/responses/RecordPlan"},
          "400": {"$ref": "#/components/responses/Invalid"},
          "404": {"$ref": "#/components/responses/NoRecord"},
          "503": {"$ref": "#/components/responses/StoreUnreachable"}
        }
      },
      "delete": {
        "operationId": "removeProgress",
        "parameters": [{"$ref": "#/components/parameters/RecordID"}, {"name": "resource", "in": "path", "required": true, "schema": {"type": "string"}}],
        "summary": "Forget the learner's progress with a resource",
        "security": [{"recordKey": []}],
        "responses": {
          "200": {"$ref": "#/components/responses/RecordPlan"},
          "404": {"$ref": "#/components/responses/NoRecord"},
          "503": {"$ref": "#/components/responses/StoreUnreachable"}
        }
      }
    },
    "/api/organisations/{organisation}/report": {
      "get": {
        "operationId": "organisationReport",
        "summary": "`pathway report --format json` over the organisation's current records, for a lead's key, small numbers suppressed",
        "description": "Every count from 1 to N-1 is the string `<N` (N is the server's --suppress-below, 5 unless set); a breakdown row with fewer than N learners is merged into a row named `other`; an organisation with fewer than N learners gets only `suppressed` (true) and `learners` (the string `<N`).",
        "parameters": [{"name": "organisation", "in": "path", "required": true, "schema": {"type": "string"}}],
        "security": [{"leadKey": []}],
        "responses": {
          "200": {"description": "The report", "content": {"application/json": {"schema": {"type": "object"}}}},
          "404": {"$ref": "#/components/responses/NoRecord"},
          "503": {"$ref": "#/components/responses/StoreUnreachable"}
        }
      }
    },

    """

  /// The members of `components`, each ending with a comma.
  static let components = """
    "securitySchemes": {"recordKey": {"type": "http", "scheme": "bearer", "description": "The record's key, given once when the record was made; stored only as a hash. A wrong key and an unknown record get the same 404."}, "leadKey": {"type": "http", "scheme": "bearer", "description": "A lead's key, from `pathway-server lead add`."}},
    "parameters": {"RecordID": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}},

    """

  /// The members of `components.responses`, each ending with a comma.
  static let responses = """
    "NoRecord": {"description": "No record has this id and key (the same answer for both)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}}},
    "StoreUnreachable": {"description": "The record store cannot be reached", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotFound"}}}},
    "RecordPlan": {"description": "The record's plan, planned afresh", "content": {"application/json": {"schema": {"type": "object", "required": ["plan"], "properties": {"plan": {"$ref": "#/components/schemas/Plan"}}}}}},

    """

  /// The members of `components.schemas`, each ending with a comma.
  static let schemas = """
    "Record": {
      "type": "object",
      "required": ["record", "learner", "organisation", "staffGroup", "assessments", "progress", "plan"],
      "properties": {
        "record": {"type": "string"},
        "learner": {"type": "object"},
        "organisation": {"type": ["string", "null"]},
        "staffGroup": {"type": ["string", "null"]},
        "assessments": {"type": "array", "items": {"type": "object", "required": ["at", "assessment"], "properties": {"at": {"type": "string", "format": "date-time"}, "assessment": {"type": "object"}}}},
        "progress": {"type": "array", "items": {"type": "object", "required": ["resource", "status", "at", "retired"], "properties": {"resource": {"type": "string"}, "status": {"enum": ["started", "done"]}, "at": {"type": "string", "format": "date-time"}, "retired": {"type": "boolean"}}}},
        "plan": {"$ref": "#/components/schemas/Plan"}
      }
    },

    """
}
