#!/usr/bin/env bash
# Installs what Pathway needs on a fresh Debian machine: libyaml (and pkg-config to find it),
# and PyYAML for the conformance checks. Does nothing when they are already there.
set -euo pipefail

if ! pkg-config --exists yaml-0.1 2>/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  $sudo apt-get install -y libyaml-dev pkg-config
fi
