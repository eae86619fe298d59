#!/usr/bin/env bash
# Load on POST /api/plan with wrk over loopback: requests a second, latency percentiles, errors,
# and the server's memory sampled through the run (docs/web.md#load).
#
#   bash scripts/load-test.sh [SECONDS] [CONNECTIONS]     (defaults: 60 s, 64 connections)
#
# Builds pathway-server in release mode, starts it on a free port with the bundled rules and
# catalogue, and posts the example nurse (examples/learners/nurse-user.yaml, as JSON) with one
# wrk thread, so wrk takes one core and the server the other. Installs wrk (Debian) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
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
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$work/learner.json" <<'PY'
import json, sys
# examples/learners/nurse-user.yaml, as the API takes it.
learner = {"id": "nurse-user", "archetype": "user", "profession": "nurse",
           "assessment": {"patients.direct-care": 1, "patients.remote": 0, "data.collection": 2,
                          "data.privacy": 1, "ai.ml": 0, "ai.using": 0},
           "preferences": {"budgetMinutes": 240}}
json.dump(learner, open(sys.argv[1], "w"))
PY

"$server" --port "$port" --store none --log-level warning 2>"$work/server.log" &
pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
status=$(curl -s -o /dev/null -w "%{http_code}" -X POST --data-binary @"$work/learner.json" \
  "http://127.0.0.1:$port/api/plan")
[ "$status" = 200 ] || { echo "load-test: POST /api/plan answered $status" >&2; exit 1; }

rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
echo "server memory before: $(rss) KiB"
( for i in $(seq 1 $((seconds / 5))); do sleep 5; echo "  memory at +$((i * 5)) s: $(rss) KiB"; done ) &
sampler=$!
PATHWAY_LEARNER_JSON="$work/learner.json" wrk -t1 -c"$connections" -d"${seconds}s" --latency \
  -s scripts/load/plan.lua "http://127.0.0.1:$port/api/plan"
wait "$sampler" 2>/dev/null || true
echo "server memory after: $(rss) KiB"
