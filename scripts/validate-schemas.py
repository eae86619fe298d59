#!/usr/bin/env python3
"""Validates the bundled files against the committed JSON Schemas, and `pathway check --format
sarif` against the SARIF 2.1.0 schema when it is beside the project (../shared/schemas).

  python3 scripts/validate-schemas.py PATH-TO-pathway

Prints a line per problem and closes with 'N passed, N failed'.
"""
import json
import pathlib
import subprocess
import sys

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


class Loader(yaml.SafeLoader):
    """YAML as an editor's language server sees it: dates stay text."""


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

results = []


def check(name, schema, instance):
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    results.append((name, not errors))
    for error in errors[:5]:
        print(f"FAIL {name}: {'/'.join(map(str, error.path))}: {error.message[:200]}")


def main(binary):
    schemas = {kind: json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text())
               for kind in ("framework", "resources", "rules", "tests", "learner")}
    files = [("framework", ROOT / "catalogue" / "framework.yaml")]
    files += [("resources", p) for p in sorted((ROOT / "catalogue" / "resources").rglob("*.yaml"))]
    for path in sorted((ROOT / "rules").rglob("*.yaml")):
        document = yaml.load(path.read_text(), Loader=Loader)
        files.append(("tests" if isinstance(document, dict) and "tests" in document else "rules", path))
    files += [("learner", p) for p in sorted((ROOT / "examples" / "learners").glob("*.yaml"))]
    for kind, path in files:
        check(f"{path.relative_to(ROOT)} against the {kind} schema", schemas[kind],
              yaml.load(path.read_text(), Loader=Loader))

    sarif_schema = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if sarif_schema.exists():
        invalid = ROOT / "Tests" / "PathwayTests" / "Fixtures" / "invalid"
        args = [binary, "check", "--format", "sarif", "--rules", str(ROOT / "rules"),
                "--rules", str(invalid / "rules" / "unknown-placeholder.yaml"),
                "--catalogue", str(ROOT / "catalogue"), "--catalogue", str(invalid / "resources" / "unknown-key.yaml")]
        output = subprocess.run(args, capture_output=True, text=True, cwd=ROOT).stdout
        log = json.loads(output)
        check("check --format sarif against SARIF 2.1.0", json.loads(sarif_schema.read_text()), log)
        results.append(("the SARIF log has results", bool(log["runs"][0]["results"])))

    failed = [name for name, ok in results if not ok]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
