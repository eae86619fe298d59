#!/usr/bin/env bash
# Sets up, builds and runs every check: the unit tests, the bundled files, the rule tests,
# the contract checks (when ../shared is beside the project), formatting and crash-safety lints,
# and the web server's tests (Server/, a package of its own). Every suite runs even when one
# before it fails; the last line is `N passed, N failed` over all of them (a check that has no
# count of its own, such as the lint, counts as one), and the exit status is 1 when any failed.
# Each suite's whole output is also kept in .build/test-logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python="$(bash scripts/python.sh)"
logs=.build/test-logs
mkdir -p "$logs"
passed=0
failed=0

# Runs one suite (a name, then its command), showing its output, and adds its counts to the
# totals: the last `N passed, N failed` line it prints, else Swift Testing's closing line, else
# one for its exit status.
suite() {
  local name="$1" log status counts total failures
  shift
  log="$logs/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').log"
  echo "== $name"
  set +e
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  counts="$(grep -aoE '^([A-Za-z]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -1 |
    sed -E 's/^[A-Za-z]+: //; s/ passed, / /; s/ failed//' || true)"
  if [ -z "$counts" ]; then
    total="$(grep -aoE 'Test run with [0-9]+ test' "$log" | tail -1 | grep -oE '[0-9]+' || true)"
    if [ -n "$total" ]; then
      failures="$(grep -aE '^✘ Test .* failed after' "$log" | grep -vc 'Test run with' || true)"
      counts="$((total - failures)) $failures"
    fi
  fi
  if [ -z "$counts" ]; then
    counts="1 0"
    [ "$status" -ne 0 ] && counts="0 1"
  elif [ "$status" -ne 0 ] && [ "${counts#* }" = 0 ]; then
    counts="${counts% *} 1"
  fi
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}

no_traps() {
  if grep -rnE 'try!|\bas! |fatalError\(' Sources Server/Sources --include='*.swift'; then
    echo "found: nothing that input reaches may trap"
    return 1
  fi
}

suite "no try!, as! or fatalError in Sources" no_traps
suite "swift format lint" swift format lint --strict --recursive Sources Tests Package.swift \
  Server/Sources Server/Tests Server/Package.swift

echo "== build"
swift build

suite "bundled rules and catalogue check clean" .build/debug/pathway check
suite "rule tests" .build/debug/pathway test --coverage
suite "JSON Schemas: bundled files, and SARIF output" \
  "$python" scripts/validate-schemas.py .build/debug/pathway

conformance=../shared/conformance/conformance.py
if [ -f "$conformance" ]; then
  suite "contract checks" "$python" "$conformance" .build/debug/pathway
fi

suite "the command against full disks, closed pipes, FIFOs, devices, symlinks and kills" \
  bash scripts/reliability-test.sh .build/debug/pathway
suite "unit tests" swift test --disable-xctest

# The record store's tests run against SQLite always, and against a throwaway PostgreSQL
# cluster too where PostgreSQL's binaries are installed (CI installs them).
set +e
postgres="$(bash scripts/postgres.sh start)"
postgres_status=$?
set -e
if [ "$postgres_status" -eq 0 ]; then
  trap 'bash scripts/postgres.sh stop "$postgres"' EXIT
  export PATHWAY_TEST_POSTGRES="$(bash scripts/postgres.sh url "$postgres")"
  echo "== the store's tests run against SQLite and PostgreSQL ($PATHWAY_TEST_POSTGRES)"
elif [ "$postgres_status" -eq 3 ]; then
  echo "== SKIPPED: the store's PostgreSQL tests (PostgreSQL is not installed: apt-get install postgresql); SQLite only"
else
  echo "== PostgreSQL is installed but its throwaway cluster did not start; SQLite only"
  failed=$((failed + 1))
fi
suite "web server tests" swift test --disable-xctest --package-path Server
suite "pathway-server against slow clients and long lists of ids (loopback, bounded)" \
  bash -c 'swift build --package-path Server --product pathway-server &&
    python3 scripts/slow-clients-test.py "$(swift build --package-path Server --show-bin-path)/pathway-server"'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
