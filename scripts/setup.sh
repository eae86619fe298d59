#!/usr/bin/env bash
# Installs what Pathway needs on a fresh Debian machine, from Debian's own packages: libyaml (and
# pkg-config to find it) to build, and Python 3 with PyYAML and jsonschema (python3-yaml,
# python3-jsonschema) for the schema and contract checks. Never installs into a Python with pip.
# Does nothing when they are already there.
set -euo pipefail

packages=()
pkg-config --exists yaml-0.1 2>/dev/null || packages+=(libyaml-dev pkg-config)
# The Python the checks use (see scripts/python.sh): the first on PATH that has both modules,
# else Debian's own, which these packages give them to.
if ! bash "$(dirname "$0")/python.sh" >/dev/null 2>&1; then
  packages+=(python3 python3-yaml python3-jsonschema)
fi

if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "== installing ${packages[*]} (apt)"
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${packages[@]}"
fi
