#!/usr/bin/env bash
# Sets up, builds and starts pathway-server on the bundled rules and catalogue: open
# http://127.0.0.1:8080/ in a browser. Options go to the server (say --port 9000, --rules DIR,
# --catalogue DIR); SIGHUP reloads the rules and catalogue.
# Usage: scripts/serve.sh [pathway-server options...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --package-path Server --product pathway-server >&2
exec Server/.build/debug/pathway-server "$@"
