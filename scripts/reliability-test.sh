#!/usr/bin/env bash
# The `pathway` command against an unlucky machine: output to a full device, a closed pipe, a
# FIFO, a device node, a symlink, a full disk and a killed batch; input from folders it may not
# read, folders linked into a loop and a 1 GiB (sparse) file. Everything is made in a temporary folder of its own
# (never the machine's /dev/null); what needs root (device nodes, a tmpfs, an unprivileged
# reader) is skipped with a message without it. Every wait is bounded.
#
#   bash scripts/reliability-test.sh [path/to/pathway]     # default .build/debug/pathway
set -euo pipefail
cd "$(dirname "$0")/.."
pathway="$(realpath "${1:-.build/debug/pathway}")"
project="$PWD"
work="$(mktemp -d)"
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then umount "$mounted" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
pass() { echo "ok: $*"; }
is_root() { [ "$(id -u)" -eq 0 ]; }

inputs=(--rules "$project/rules" --catalogue "$project/catalogue")
learner="$project/examples/learners/nurse-user.yaml"
python3 "$project/scripts/generate-population.py" 500 > population.jsonl
python3 "$project/scripts/generate-population.py" 5000 > large.jsonl

# expect_write_error NAME COMMAND...: exit 1, `error: cannot write`, no trap.
expect_write_error() {
  local name="$1" status=0
  shift
  "$@" 2> err.txt || status=$?
  if [ "$status" -eq 1 ] && grep -q "error: cannot write: " err.txt; then
    pass "$name: exit 1, $(head -n 1 err.txt)"
  else
    fail "$name: exit $status, $(head -c 300 err.txt)"
  fi
}

echo "== writing to a full device"
if is_root; then
  mknod full c 1 7
  expect_write_error "plan > full" bash -c '"$0" plan "$1" "${@:2}" > full' "$pathway" "$learner" "${inputs[@]}"
  expect_write_error "check --format json > full" \
    bash -c '"$0" check --format json "$@" > full' "$pathway" "${inputs[@]}"
  expect_write_error "schema > full" bash -c '"$0" schema rules > full' "$pathway"
  expect_write_error "explain > full" \
    bash -c '"$0" explain "$1" coursera-ai-for-medicine "${@:2}" > full' "$pathway" "$learner" "${inputs[@]}"
  expect_write_error "report > full" \
    bash -c '"$0" report --learners population.jsonl "$@" > full' "$pathway" "${inputs[@]}"
  expect_write_error "batch --out full" \
    "$pathway" batch --learners population.jsonl --out full "${inputs[@]}"
  [ -c full ] && pass "full is still a device" || fail "full was replaced"
else
  echo "skipped: making device nodes needs root"
fi

echo "== writing to a pipe whose reader has gone"
set +e
"$pathway" batch --learners population.jsonl "${inputs[@]}" 2> err.txt | head -c 10 > /dev/null
status=${PIPESTATUS[0]}
set -e
if [ "$status" -eq 1 ] && grep -q "standard output: error: cannot write: broken pipe" err.txt; then
  pass "batch | head: exit 1, $(head -n 1 err.txt)"
else
  fail "batch | head: exit $status, $(head -c 300 err.txt)"
fi

echo "== batch --out: a FIFO, a device node and a symlink are written through, never replaced"
mkfifo fifo
# The reader gives up after 20 s: a FIFO replaced by a file would never be opened for writing.
(timeout 20 cat fifo | wc -l > fifo.lines) &
reader=$!
"$pathway" batch --learners population.jsonl --out fifo "${inputs[@]}"
wait "$reader" || true
[ -p fifo ] && [ "$(tr -d ' ' < fifo.lines)" = 500 ] && pass "FIFO stays a FIFO, 500 lines read" ||
  fail "FIFO: $(stat -c %F fifo), $(cat fifo.lines) lines"
if is_root; then
  mknod null c 1 3
  "$pathway" batch --learners population.jsonl --out null "${inputs[@]}"
  [ -c null ] && pass "device node stays a device" || fail "device node replaced by a $(stat -c %F null)"
fi
echo old > target
ln -s target link
"$pathway" batch --learners population.jsonl --out link "${inputs[@]}"
[ -L link ] && [ "$(wc -l < target)" = 500 ] && pass "symlink kept, its target replaced" ||
  fail "symlink: $(stat -c %F link), target $(wc -l < target) lines"

echo "== a batch killed halfway leaves the old output whole"
echo "old output" > old.jsonl
mkfifo learners.fifo
# More than one chunk (4,096 learners) goes in, and the input stays open (at most 120 s, so the
# batch ends by itself whatever happens):
# wait, at most 60 s, until the first chunk is written, then kill the batch.
(cat large.jsonl && exec sleep 120) > learners.fifo &
writer=$!
"$pathway" batch --learners learners.fifo --out old.jsonl "${inputs[@]}" &
batch=$!
written=0
for _ in $(seq 600); do
  written=$( (cat old.jsonl .old.jsonl.*.tmp 2> /dev/null || true) | wc -c)
  [ "$written" -gt 11 ] && break
  sleep 0.1
done
kill -9 "$batch" 2> /dev/null || true
wait "$batch" 2> /dev/null || true
kill "$writer" 2> /dev/null || true
wait "$writer" 2> /dev/null || true
[ "$(cat old.jsonl)" = "old output" ] && pass "old output whole after kill -9 (${written} bytes had been written)" ||
  fail "old output is now $(wc -c < old.jsonl) bytes"
rm -f .old.jsonl.*.tmp

echo "== a full disk"
if is_root && mkdir disk && mount -t tmpfs -o size=2m tmpfs disk 2> /dev/null; then
  mounted="$work/disk"
  echo "old output" > disk/out.jsonl
  expect_write_error "batch --out on a 2 MB tmpfs" \
    "$pathway" batch --learners large.jsonl --out disk/out.jsonl "${inputs[@]}"
  [ "$(cat disk/out.jsonl)" = "old output" ] && [ "$(ls -A disk)" = out.jsonl ] &&
    pass "old output whole, no temporary file left" || fail "disk holds: $(ls -A disk)"
  umount disk
  mounted=""
else
  echo "skipped: cannot mount a tmpfs here (needs root and permission to mount)"
fi

echo "== folders that cannot be read, symlinked folders and loops"
cp -r "$project/catalogue" catalogue
mkdir catalogue/resources/locked
cp catalogue/resources/"$(ls catalogue/resources | head -n 1)" catalogue/resources/locked/hidden.yaml
chmod 000 catalogue/resources/locked
chmod 755 "$work"
if is_root && command -v setpriv > /dev/null; then
  status=0
  setpriv --reuid=nobody --regid=nogroup --clear-groups \
    "$pathway" check --rules "$project/rules" --catalogue catalogue > out.txt 2>&1 || status=$?
  if [ "$status" -eq 1 ] && grep -q "catalogue/resources/locked: error: cannot read the folder: permission denied" out.txt; then
    pass "check as nobody: exit 1, $(grep locked out.txt)"
  else
    fail "check as nobody: exit $status, $(tail -n 3 out.txt)"
  fi
else
  echo "skipped: an unreadable folder needs root to switch to an unprivileged user (setpriv)"
fi
chmod 755 catalogue/resources/locked
rm -r catalogue/resources/locked
ln -s . catalogue/resources/loop
status=0
"$pathway" check --rules "$project/rules" --catalogue catalogue > out.txt 2>&1 || status=$?
if [ "$status" -eq 1 ] && grep -q "resources/loop: error: this symlink leads back" out.txt; then
  pass "symlink loop: exit 1, $(grep loop out.txt)"
else
  fail "symlink loop: exit $status, $(tail -n 3 out.txt)"
fi

echo "== a 1 GiB catalogue file is refused from its size"
rm catalogue/resources/loop
truncate -s 1G catalogue/resources/huge.yaml
status=0
"$pathway" check --rules "$project/rules" --catalogue catalogue > out.txt 2>&1 || status=$?
if [ "$status" -eq 1 ] && grep -q "huge.yaml: error: file is 1073741824 bytes, over the limit" out.txt; then
  pass "1 GiB file: exit 1, $(grep huge out.txt)"
else
  fail "1 GiB file: exit $status, $(tail -n 3 out.txt)"
fi

echo
if [ "$failures" -gt 0 ]; then
  echo "$failures reliability check(s) failed"
  exit 1
fi
echo "every reliability check passed"
