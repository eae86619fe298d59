#!/usr/bin/env bash
# Builds a release anyone can run without Swift: `pathway` and `pathway-server` in release mode
# with the Swift runtime linked in statically (they need only the C and C++ libraries and
# libyaml: Debian's `libyaml-0-2`), packed with the man page, the shell
# completions, the bundled rules, catalogue and schemas, the README and a SHA256SUMS of every
# file into dist/pathway-VERSION-linux-x86_64.tar.gz, with dist/SHA256SUMS beside it.
#   bash scripts/release.sh          # then: bash scripts/release-test.sh dist/pathway-*.tar.gz
# The tarball unpacks to one folder: bin/, share/man, share/bash-completion, share/zsh,
# share/fish and share/pathway (rules/, catalogue/, schemas/, examples/, and a systemd unit).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# libyaml stays a shared library: the module map's `link "yaml"` links it by name, after any
# archive named here, so Debian's libyaml.a is never used.
static=(--static-swift-stdlib)
echo "== building pathway and pathway-server (release, static Swift runtime)"
swift build -c release "${static[@]}" --product pathway
swift build -c release "${static[@]}" --package-path Server --product pathway-server
pathway="$(swift build -c release --show-bin-path)/pathway"
server="$(swift build -c release --package-path Server --show-bin-path)/pathway-server"

version="$("$pathway" --version)"
name="pathway-$version-linux-$(uname -m)"
stage=".build/release-stage/$name"
rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/share/pathway" dist
cp "$pathway" "$server" "$stage/bin/"
strip "$stage/bin/pathway" "$stage/bin/pathway-server"
bash scripts/man-and-completions.sh "$stage/share"
cp -R rules catalogue schemas examples "$stage/share/pathway/"
mkdir -p "$stage/share/pathway/systemd"
cp Server/pathway-server.service "$stage/share/pathway/systemd/"
cp README.md "$stage/"
(cd "$stage" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum >SHA256SUMS)

# Same bytes for the same commit: fixed owner, order and times.
stamp="$(git log -1 --format=%cI 2>/dev/null || date -u +%FT%TZ)"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$stamp" \
  -C "$(dirname "$stage")" -cf - "$name" | gzip -n >"dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" >SHA256SUMS)
echo "== wrote dist/$name.tar.gz"
cat dist/SHA256SUMS
