#!/usr/bin/env bash
# Two pathway-server processes on one throwaway PostgreSQL cluster: a record created through
# the first, marked done through the second, read back through the first. Needs PostgreSQL's
# binaries (Debian's `postgresql`) and curl; exits 1 if any step does not answer as it should.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --package-path Server --product pathway-server >&2
server="$(swift build --package-path Server --show-bin-path)/pathway-server"
postgres="$(bash scripts/postgres.sh start)"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  bash scripts/postgres.sh stop "$postgres"
  rm -rf "$work"
}
trap cleanup EXIT
export PATHWAY_STORE="$(bash scripts/postgres.sh url "$postgres")"
ports=()
for n in 1 2; do
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "$server" --port "$port" --log-level warning 2>"$work/server$n.log" &
  pids+=($!)
  ports+=("$port")
done
for port in "${ports[@]}"; do
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.2
  done
done
first="http://127.0.0.1:${ports[0]}" second="http://127.0.0.1:${ports[1]}"
created="$(curl -sf -X POST "$first/api/records" --data-binary @- <<'JSON'
{"archetype": "user", "profession": "nurse", "assessment": {"ai.ml": 0, "data.privacy": 1}}
JSON
)"
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])$2)" "$1"; }
record="$(field "$created" '["record"]')"
key="$(field "$created" '["key"]')"
step="$(field "$created" '["plan"]["steps"][0]["resource"]')"
echo "created through the first server: record $record, its first step $step"
curl -sf -X PUT "$second/api/records/$record/progress/$step" -H "Authorization: Bearer $key" \
  -d '{"status": "done"}' >/dev/null
echo "marked $step done through the second server"
read="$(curl -sf "$first/api/records/$record" -H "Authorization: Bearer $key")"
status="$(field "$read" '["progress"][0]["status"]')"
steps="$(field "$read" '["plan"]["steps"]')"
echo "read back through the first server: $step is $status"
[ "$status" = done ] && ! grep -q "'resource': '$step'" <<<"$steps"
echo "multi-server test passed"
