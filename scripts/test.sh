#!/usr/bin/env bash
# Sets up, builds and runs every check: the unit tests, the bundled files, the rule tests,
# the contract checks (when ../shared is beside the project), formatting and crash-safety lints,
# and the web server's tests (Server/, a package of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== no try!, as! or fatalError in Sources"
if grep -rnE 'try!|\bas! |fatalError\(' Sources Server/Sources --include='*.swift'; then
  echo "found: nothing that input reaches may trap"
  exit 1
fi

echo "== swift format lint"
swift format lint --strict --recursive Sources Tests Package.swift Server/Sources Server/Tests \
  Server/Package.swift

echo "== build"
swift build

echo "== bundled rules and catalogue check clean"
.build/debug/pathway check

echo "== rule tests"
.build/debug/pathway test --coverage

echo "== JSON Schemas: bundled files, and SARIF output"
python3 -c 'import yaml, jsonschema' 2>/dev/null || pip install --quiet pyyaml jsonschema
python3 scripts/validate-schemas.py .build/debug/pathway

conformance=../shared/conformance/conformance.py
if [ -f "$conformance" ]; then
  echo "== contract checks"
  python3 "$conformance" .build/debug/pathway
fi

echo "== the command against full disks, closed pipes, FIFOs, devices, symlinks and kills"
bash scripts/reliability-test.sh .build/debug/pathway

echo "== unit tests"
swift test

echo "== web server tests"
swift test --package-path Server

echo "== pathway-server against slow clients and long lists of ids (loopback, bounded)"
swift build --package-path Server --product pathway-server
python3 scripts/slow-clients-test.py "$(swift build --package-path Server --show-bin-path)/pathway-server"
