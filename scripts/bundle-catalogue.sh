#!/usr/bin/env bash
# Writes Sources/Pathway/Init/BundledCatalogue.swift from catalogue/: the framework and resources
# that `pathway init` puts in a new rules repository, built into the binary so that it needs no
# files beside it. Run after changing the catalogue; a unit test fails while the two differ.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/Pathway/Init/BundledCatalogue.swift
{
  echo "// Written by scripts/bundle-catalogue.sh from catalogue/; run it again after a change there."
  echo
  echo "/// The catalogue Pathway ships with, for \`pathway init\`: each file's path under"
  echo "/// \`catalogue/\` and its text."
  echo "enum BundledCatalogue {"
  echo "  static let files: [(path: String, text: String)] = ["
  for file in catalogue/framework.yaml catalogue/resources/*.yaml; do
    echo "    ("
    echo "      \"${file#catalogue/}\","
    echo "      #\"\"\""
    sed 's/^\(.\)/      \1/' "$file"
    echo "      \"\"\"#"
    echo "    ),"
  done
  echo "  ]"
  echo "}"
} >"$out"
echo "wrote $out"
