#!/usr/bin/env bash
# Prints the Python 3 that has PyYAML and jsonschema: `python3` on PATH when it has them, else
# Debian's /usr/bin/python3 (which scripts/setup.sh gives them to); exits 1 when neither has.
for python in python3 /usr/bin/python3; do
  if "$python" -c 'import yaml, jsonschema' 2>/dev/null; then
    command -v "$python"
    exit 0
  fi
done
exit 1
