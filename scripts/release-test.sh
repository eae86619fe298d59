#!/usr/bin/env bash
# Tries a release tarball where Swift is not: unpacks it into a clean Debian root made with
# `debootstrap --variant=minbase` (no Swift, no libyaml-dev; only libyaml-0-2, the one package
# the README's Install section names), and there runs `pathway check`, `plan` and `test`, starts
# `pathway-server` and gets its start page, /healthz and /metrics. Where debootstrap cannot run
# (not root, no network, no chroot), it says so and checks instead, with ldd, that the binaries
# need nothing of the Swift toolchain.
#   bash scripts/release-test.sh dist/pathway-VERSION-linux-x86_64.tar.gz
# The root is kept in .build/debian-root and reused by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
tarball="$1"
name="$(basename "$tarball" .tar.gz)"
root=.build/debian-root

# Checks the release's systemd unit with `systemd-analyze verify`, where it runs, with its paths
# moved to where the release is unpacked here.
unit_check() {
  local dir="$1" unit=.build/release-unit/pathway-server.service
  if ! command -v systemd-analyze >/dev/null; then
    echo "no systemd-analyze here: the systemd unit is not checked"
    return 0
  fi
  mkdir -p "$(dirname "$unit")"
  sed "s|/opt/pathway|$(cd "$dir" && pwd)|g" "$dir/share/pathway/systemd/pathway-server.service" >"$unit"
  systemd-analyze verify "$unit"
  echo "systemd-analyze verify: the unit is sound"
}

ldd_check() {
  local dir="$1" found=0
  for binary in "$dir/bin/pathway" "$dir/bin/pathway-server"; do
    echo "ldd $binary:"
    ldd "$binary" | sed 's/^/  /'
    if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|/opt/swift'; then
      echo "$binary needs the Swift toolchain's libraries"
      found=1
    fi
  done
  return "$found"
}

can_debootstrap() {
  [ "$(id -u)" -eq 0 ] || { echo "not root"; return 1; }
  if ! command -v debootstrap >/dev/null; then
    apt-get update >/dev/null && apt-get install -y --no-install-recommends debootstrap >/dev/null ||
      { echo "debootstrap cannot be installed"; return 1; }
  fi
  if [ ! -x "$root/bin/bash" ]; then
    rm -rf "$root"
    debootstrap --variant=minbase --include=libyaml-0-2 bookworm "$root" \
      http://deb.debian.org/debian >"$root.log" 2>&1 ||
      { echo "debootstrap failed (its log: $root.log)"; return 1; }
  fi
  chroot "$root" /bin/true 2>/dev/null || { echo "chroot is not allowed here"; return 1; }
}

if ! why="$(can_debootstrap)"; then
  echo "== no clean Debian root: $why; checking with ldd instead"
  rm -rf .build/release-unpacked && mkdir -p .build/release-unpacked
  tar -xzf "$tarball" -C .build/release-unpacked
  (cd ".build/release-unpacked/$name" && sha256sum --quiet -c SHA256SUMS)
  ldd_check ".build/release-unpacked/$name"
  unit_check ".build/release-unpacked/$name"
  echo "the release needs nothing of the Swift toolchain"
  exit 0
fi

echo "== in a clean Debian root (debootstrap --variant=minbase, with libyaml-0-2)"
if chroot "$root" sh -c 'command -v swift || ls /usr/include/yaml.h' 2>/dev/null; then
  echo "the root has Swift or libyaml-dev; it is not clean"
  exit 1
fi
rm -rf "$root/opt/pathway" && mkdir -p "$root/opt/pathway"
tar -xzf "$tarball" -C "$root/opt/pathway" --strip-components=1
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
server_pid=""
# The static Swift runtime reads the command line from /proc/self/cmdline: /proc is needed.
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; umount "$root/proc" 2>/dev/null || true' EXIT
in_root() { chroot "$root" /usr/bin/env PATH=/opt/pathway/bin:/usr/bin:/bin "$@"; }
share=/opt/pathway/share/pathway
in_root sh -c "cd $share && pathway check && pathway test && pathway plan examples/learners/nurse-user.yaml | head -3"
(cd "$root/opt/pathway" && sha256sum --quiet -c SHA256SUMS)
unit_check "$root/opt/pathway"
port="${PORT:-18090}"
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
# exec all the way down, so that $! is the server itself.
(exec chroot "$root" /usr/bin/env PATH=/opt/pathway/bin:/usr/bin:/bin \
  sh -c "cd $share && exec pathway-server --port $port") >"$root.server.log" 2>&1 &
server_pid=$!
get() { # GET a path from the server with bash alone, printing the status line and the body.
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  timeout 10 cat <&3
  exec 3<&-
}
for _ in $(seq 60); do get /healthz >/dev/null 2>&1 && break; sleep 0.5; done
get / | head -1 | grep -q ' 200' || { echo "no start page; the server's log:"; cat "$root.server.log"; exit 1; }
get /healthz | tail -1 && echo
get /metrics | grep -q '^pathway_rules_info' || { echo "no metrics"; exit 1; }
echo "pathway and pathway-server run in a clean Debian root"
