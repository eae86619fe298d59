#!/usr/bin/env bash
# Sets up, builds, and plans for an example learner with the bundled rules and catalogue.
# Usage: scripts/plan-example.sh [LEARNER-FILE] [pathway plan options...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
learner="${1:-examples/learners/nurse-user.yaml}"
shift || true
swift build --product pathway >&2
.build/debug/pathway plan "$learner" "$@"
