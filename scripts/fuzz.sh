#!/usr/bin/env bash
# Coverage-guided fuzzing of the engine with libFuzzer (see docs/reliability.md).
#
#   bash scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-OPTION...]
#       build TARGET and fuzz it for SECONDS (0: no time limit; give -runs=N instead)
#   bash scripts/fuzz.sh replay
#       build every target and run every committed corpus file and every file under
#       Fuzz/crashes/ through every target once; exits non-zero on any crash (for CI)
#   bash scripts/fuzz.sh build [TARGET...]
#       only build (every target when none is named)
#   bash scripts/fuzz.sh seed
#       rewrite the seed corpus in Fuzz/corpus/ from the bundled and fixture YAML files
#
# Targets: reader resources rules framework tests learner.
#
# PATHWAY_FUZZ_NO_BUILD=1 uses the targets already built. PATHWAY_FUZZ_OPT=-Onone builds
# without optimisation (quicker to build, slower to run).
# PATHWAY_FUZZ_REV=REV (say HEAD) fuzzes a git revision instead of the working tree: its
# Sources, rules, catalogue and test fixtures are taken with `git archive` into the build
# folder, so edits in progress neither break the build nor change the inputs mid-run.
#
# The build goes to .build-fuzz/ (ignored by git): the sources under Sources/Pathway are copied
# there first, so an edit made during the build cannot break it, then compiled once with
# Fuzz/Support.swift into a static library instrumented for libFuzzer and AddressSanitizer;
# each target file in Fuzz/targets/ is linked against it. Inputs that libFuzzer finds new
# coverage with go to .build-fuzz/corpus/TARGET/ (never into the committed seeds); crashes
# go to Fuzz/crashes/TARGET-crash-SHA1 (and timeouts, out-of-memory and leaks likewise).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${PATHWAY_FUZZ_BUILD:-$root/.build-fuzz}
targets=(reader resources rules framework tests learner)
optimization=${PATHWAY_FUZZ_OPT:--O}

# Where the sources, the bundled files and the fixtures are read from.
input_root=$root
if [ -n "${PATHWAY_FUZZ_REV:-}" ]; then
  input_root=$build/rev
  rm -rf "$input_root"
  mkdir -p "$input_root"
  git -C "$root" archive --format=tar "$PATHWAY_FUZZ_REV" Sources rules catalogue \
    Tests/PathwayTests/Fixtures | tar -x -C "$input_root"
  echo "== fuzz: inputs from $PATHWAY_FUZZ_REV ($(git -C "$root" rev-parse --short "$PATHWAY_FUZZ_REV"))" >&2
fi
export PATHWAY_ROOT=$input_root
# Leak checking is off: LeakSanitizer cannot see Swift's tagged pointers (spare bits of
# multi-payload enums, indirect enum boxes), so it reports the rules held by a live Pathway as
# leaked. Memory errors, traps and timeouts are still caught.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:symbolize=1}
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && command -v llvm-symbolizer >/dev/null; then
  export ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
fi

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

is_target() {
  local name
  for name in "${targets[@]}"; do [ "$name" = "$1" ] && return 0; done
  return 1
}

# Drops the linker's noise about ASan's local symbols; keeps everything else.
quiet() {
  grep -v -e "Cannot export local symbol" -e "^$" || true
}

swift_flags=(-swift-version 6 -parse-as-library -sanitize=fuzzer,address -g
  -I "$input_root/Sources/CLibYAML")

build_library() {
  echo "== fuzz: building the instrumented library ($optimization) in $build" >&2
  rm -rf "$build/src" "$build/lib"
  mkdir -p "$build/src" "$build/lib"
  cp -R "$input_root/Sources/Pathway" "$build/src/Pathway"
  local sources=()
  while IFS= read -r file; do sources+=("$file"); done \
    < <(find "$build/src/Pathway" -name '*.swift' | LC_ALL=C sort)
  swiftc "${swift_flags[@]}" "$optimization" -wmo -enable-testing -module-name Pathway \
    -debug-prefix-map "$build/src=$root/Sources" \
    -emit-library -static -emit-module -emit-module-path "$build/lib/Pathway.swiftmodule" \
    "${sources[@]}" Fuzz/Support.swift -o "$build/lib/libPathway.a" 2>&1 | quiet
  [ -f "$build/lib/libPathway.a" ]
}

build_target() {
  local target=$1
  swiftc "${swift_flags[@]}" "$optimization" -module-name "Fuzz_$target" -use-ld=lld \
    -I "$build/lib" "Fuzz/targets/$target.swift" -L "$build/lib" -lPathway -lyaml \
    -o "$build/$target" 2>&1 | quiet
  [ -x "$build/$target" ]
}

build() {
  if [ -n "${PATHWAY_FUZZ_NO_BUILD:-}" ]; then return; fi
  build_library
  local target
  for target in "$@"; do build_target "$target"; done
}

# Copies the files of a list into a corpus folder, each under a name saying where it came from.
seed_from() {
  local folder=$1
  shift
  local file name
  for file in "$@"; do
    [ -f "$file" ] || continue
    name=${file#./}
    name=${name/#Tests\/PathwayTests\/Fixtures\//fixture-}
    name=${name//\//-}
    cp "$file" "$folder/$name"
  done
}

seed() {
  local corpus=Fuzz/corpus fixtures=Tests/PathwayTests/Fixtures
  local target
  for target in "${targets[@]}"; do
    rm -rf "${corpus:?}/$target"
    mkdir -p "$corpus/$target"
  done
  seed_from "$corpus/resources" catalogue/resources/*.yaml "$fixtures"/valid/catalogue/resources/*.yaml \
    "$fixtures"/invalid/resources/*.yaml
  seed_from "$corpus/rules" rules/*.yaml "$fixtures"/valid/rules/*.yaml "$fixtures"/invalid/rules/*.yaml
  seed_from "$corpus/tests" rules/tests/*.yaml "$fixtures"/valid/rules/tests/*.yaml
  seed_from "$corpus/framework" catalogue/framework.yaml "$fixtures"/valid/catalogue/framework.yaml \
    "$fixtures"/invalid/framework/*.yaml
  seed_from "$corpus/learner" examples/learners/*.yaml "$fixtures"/valid/learners/*.yaml \
    "$fixtures"/invalid/learners/*.yaml
  # The reader: the fixtures (small and odd on purpose), a bundled file of each kind, and the
  # YAML test suite's inputs of up to 1 KB, with the suite's licence beside them.
  seed_from "$corpus/reader" "$fixtures"/invalid/*/*.yaml "$fixtures"/valid/learners/nurse.yaml \
    rules/gaps.yaml rules/tests/preferences.yaml catalogue/resources/international.yaml
  local suite=${YAML_TEST_SUITE:-/work/shared/yaml-test-suite}
  if [ -d "$suite/cases" ]; then
    mkdir -p "$corpus/reader/yaml-test-suite"
    find "$suite/cases" -name '*.yaml' -size -1025c -exec cp {} "$corpus/reader/yaml-test-suite/" \;
    cp "$suite/License" "$corpus/reader/yaml-test-suite/License"
  else
    echo "fuzz: no YAML test suite at $suite; the reader corpus has only Pathway files" >&2
  fi
  du -sh --apparent-size "$corpus"/* >&2
}

# Runs every committed corpus file and every crash file through each target once. Built
# without optimisation unless PATHWAY_FUZZ_OPT says otherwise, in a folder of its own, to keep
# the build short for CI.
replay() {
  if [ -z "${PATHWAY_FUZZ_OPT:-}" ]; then
    optimization=-Onone
    build=$build/replay
  fi
  build "${targets[@]}"
  local inputs=()
  while IFS= read -r file; do inputs+=("$file"); done \
    < <(find Fuzz/corpus Fuzz/crashes -type f ! -name License ! -name '*.md' 2>/dev/null \
      | LC_ALL=C sort)
  local failed=() target log
  for target in "${targets[@]}"; do
    log="$build/replay-$target.log"
    echo "== fuzz replay: $target, ${#inputs[@]} inputs" >&2
    if "$build/$target" -runs=1 -timeout=30 -rss_limit_mb=4096 -detect_leaks=0 "${inputs[@]}" >"$log" 2>&1; then
      :
    else
      failed+=("$target")
      echo "fuzz replay: $target failed; the end of $log:" >&2
      tail -n 60 "$log" >&2
    fi
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz replay: crashes in: ${failed[*]}" >&2
    exit 1
  fi
  echo "fuzz replay: ${#inputs[@]} inputs through ${#targets[@]} targets, no crash" >&2
}

fuzz() {
  local target=$1 seconds=$2
  shift 2
  build "$target"
  local work="$build/corpus/$target"
  mkdir -p "$work" Fuzz/crashes
  # Inputs up to 4 KB: longer seeds (the bundled framework and catalogue files) are cut, which
  # keeps runs fast; the fixture seeds, whole, still reach every key of every kind of file.
  local max_len=4096
  local options=(-dict=Fuzz/yaml.dict -artifact_prefix="Fuzz/crashes/$target-" -timeout=10
    -rss_limit_mb=2048 -max_len="$max_len" -detect_leaks=0 -print_final_stats=1)
  if [ "$seconds" -gt 0 ]; then
    options+=(-max_total_time="$seconds")
    echo "== fuzz: $target for $seconds s" >&2
  else
    echo "== fuzz: $target" >&2
  fi
  "$build/$target" "${options[@]}" "$@" "$work" "Fuzz/corpus/$target"
}

[ $# -ge 1 ] || usage
case $1 in
replay) replay ;;
seed) seed ;;
build)
  shift
  if [ $# -eq 0 ]; then set -- "${targets[@]}"; fi
  for target in "$@"; do is_target "$target" || usage; done
  build "$@"
  ;;
*)
  [ $# -ge 2 ] && is_target "$1" && [[ $2 =~ ^[0-9]+$ ]] || usage
  fuzz "$@"
  ;;
esac
