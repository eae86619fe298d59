#!/usr/bin/env bash
# Load with wrk over loopback: requests a second, latency percentiles, errors, and the server's
# memory sampled through the run (docs/web.md#load).
#
#   bash scripts/load-test.sh [SECONDS] [CONNECTIONS]     (defaults: 60 s, 64 connections)
#   bash scripts/load-test.sh --records sqlite|postgres [SECONDS] [CONNECTIONS]
#
# Builds pathway-server in release mode, starts it on a free port with the bundled rules and
# catalogue, and loads it with one wrk thread, so wrk takes one core and the server the other.
# Without --records: POST /api/plan of the example nurse (examples/learners/nurse-user.yaml, as
# JSON), with no store. With --records: a store in SQLite (a new file) or PostgreSQL (a
# throwaway cluster of scripts/postgres.sh, durable: fsync on), 200 records made first, then
# scripts/load/records.lua's mix (10% new records, 10% reads, 80% progress changes). Installs
# wrk (Debian) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
records=""
if [ "${1:-}" = "--records" ]; then
  records=${2:-}
  shift 2 || true
  case "$records" in
  sqlite | postgres) ;;
  *) echo "usage: load-test.sh --records sqlite|postgres [SECONDS] [CONNECTIONS]" >&2; exit 2 ;;
  esac
fi
seconds=${1:-60}
connections=${2:-64}
port=${PATHWAY_LOAD_PORT:-18181}

if ! command -v wrk >/dev/null; then
  sudo_if_needed=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $sudo_if_needed apt-get update -qq && $sudo_if_needed apt-get install -y -qq wrk
fi
swift build -c release --package-path Server --product pathway-server >&2
server=Server/.build/release/pathway-server

work=$(mktemp -d)
postgres=""
cleanup() {
  kill "${pid:-}" 2>/dev/null || true
  wait "${pid:-}" 2>/dev/null || true
  [ -n "$postgres" ] && bash scripts/postgres.sh stop "$postgres"
  rm -rf "$work"
}
trap cleanup EXIT
python3 - "$work/learner.json" <<'PY'
import json, sys
# examples/learners/nurse-user.yaml, as the API takes it.
learner = {"id": "nurse-user", "archetype": "user", "profession": "nurse",
           "assessment": {"patients.direct-care": 1, "patients.remote": 0, "data.collection": 2,
                          "data.privacy": 1, "ai.ml": 0, "ai.using": 0},
           "preferences": {"budgetMinutes": 240}}
json.dump(learner, open(sys.argv[1], "w"))
PY

case "$records" in
"") store=none ;;
sqlite) store="sqlite:$work/records.sqlite" ;;
postgres)
  postgres=$(bash scripts/postgres.sh start --durable)
  store=$(bash scripts/postgres.sh url "$postgres")
  ;;
esac
"$server" --port "$port" --store "$store" --log-level warning 2>"$work/server.log" &
pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
status=$(curl -s -o /dev/null -w "%{http_code}" -X POST --data-binary @"$work/learner.json" \
  "http://127.0.0.1:$port/api/plan")
[ "$status" = 200 ] || { echo "load-test: POST /api/plan answered $status" >&2; exit 1; }

if [ -n "$records" ]; then
  echo "making 200 records in $records"
  for _ in $(seq 1 200); do
    curl -sf -X POST --data-binary @"$work/learner.json" "http://127.0.0.1:$port/api/records"
    echo
  done | python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        made = json.loads(line)
        print(made["record"], made["key"])' >"$work/records.txt"
  curl -sf "http://127.0.0.1:$port/api/resources" | python3 -c '
import json, sys
for resource in json.load(sys.stdin)["resources"]:
    print(resource["id"])' >"$work/resources.txt"
  [ "$(wc -l <"$work/records.txt")" = 200 ] || { echo "load-test: records were not made" >&2; exit 1; }
  script=scripts/load/records.lua
  target="http://127.0.0.1:$port"
else
  script=scripts/load/plan.lua
  target="http://127.0.0.1:$port/api/plan"
fi

rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
echo "server memory before: $(rss) KiB"
( for i in $(seq 1 $((seconds / 5))); do sleep 5; echo "  memory at +$((i * 5)) s: $(rss) KiB"; done ) &
sampler=$!
PATHWAY_LEARNER_JSON="$work/learner.json" PATHWAY_RECORDS="$work/records.txt" \
  PATHWAY_RESOURCES="$work/resources.txt" \
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$script" "$target"
wait "$sampler" 2>/dev/null || true
echo "server memory after: $(rss) KiB"
