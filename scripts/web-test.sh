#!/usr/bin/env bash
# Real-browser and accessibility test of the web server, from a fresh Debian machine:
# installs Debian's chromium when /usr/bin/chromium is missing, Playwright and axe-core for
# Python into .build/web-venv, builds pathway-server, starts it on a free local port (from
# 18080, or $PORT) with the bundled rules and catalogue, runs scripts/browser-test.py against
# it, checks that SIGHUP reloads the rules and catalogue while it keeps answering, and always
# stops it. A second run reuses all of that and takes seconds.
#   bash scripts/web-test.sh            # screenshot and DOM of the plan go to .build/browser/
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/browser
venv=.build/web-venv
mkdir -p "$out"

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium"
  $sudo apt-get update
  $sudo apt-get install -y chromium
fi

if ! "$venv/bin/python" -c 'import playwright, axe_playwright_python' 2>/dev/null; then
  echo "== installing playwright and axe-playwright-python into $venv"
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    $sudo apt-get update
    $sudo apt-get install -y python3-venv
  fi
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check playwright axe-playwright-python
fi

echo "== building pathway-server"
bash scripts/setup.sh
swift build --package-path Server
server="$(swift build --package-path Server --show-bin-path)/pathway-server"

port="${PORT:-18080}"
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
url="http://127.0.0.1:$port"

echo "== starting pathway-server on $url"
"$server" --host 127.0.0.1 --port "$port" --store "sqlite:$out/records.sqlite" >"$out/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT

healthy() { "$venv/bin/python" -c "import urllib.request as u; u.urlopen('$url/healthz', timeout=2)" 2>/dev/null; }
for _ in $(seq 120); do
  healthy && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
if ! healthy; then
  echo "pathway-server did not answer $url/healthz; its log:"
  cat "$out/server.log"
  exit 1
fi

echo "== browser and accessibility test"
"$venv/bin/python" scripts/browser-test.py "$url" --screenshot "$out/plan.png"

echo "== rules and catalogue reloaded on SIGHUP, still serving"
kill -HUP "$server_pid"
for _ in $(seq 40); do
  grep -q '"message":"rules and catalogue reloaded"' "$out/server.log" && break
  sleep 0.25
done
if ! grep -q '"message":"rules and catalogue reloaded"' "$out/server.log" || ! healthy; then
  echo "pathway-server did not reload on SIGHUP, or stopped answering; its log:"
  cat "$out/server.log"
  exit 1
fi
echo "reloaded on SIGHUP, and /healthz still answers"
