#!/usr/bin/env bash
# Writes the man page of `pathway` (argument-parser's generate-manual plugin, which builds the
# package in release mode first) and its shell completions for bash, zsh and fish into a folder:
#   bash scripts/man-and-completions.sh [OUT]     # default .build/share
# OUT/man/man1/pathway.1, OUT/bash-completion/completions/pathway,
# OUT/zsh/site-functions/_pathway, OUT/fish/vendor_completions.d/pathway.fish
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/share}"
mkdir -p "$out/man/man1" "$out/bash-completion/completions" "$out/zsh/site-functions" \
  "$out/fish/vendor_completions.d"

# The date the last commit was made, so that the page is the same however often it is made.
swift package generate-manual --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)" >/dev/null
cp .build/plugins/GenerateManual/outputs/PathwayCommand/pathway.1 "$out/man/man1/pathway.1"

swift build -c release --product pathway >/dev/null
pathway="$(swift build -c release --product pathway --show-bin-path)/pathway"
"$pathway" --generate-completion-script bash >"$out/bash-completion/completions/pathway"
"$pathway" --generate-completion-script zsh >"$out/zsh/site-functions/_pathway"
"$pathway" --generate-completion-script fish >"$out/fish/vendor_completions.d/pathway.fish"
echo "wrote the man page and completions into $out"
