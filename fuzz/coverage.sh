#!/bin/bash
# coverage.sh — source-based coverage of warden's runtime/ and layouts/ from the unit tests, the spec
# runner and every fuzz target over its corpus. Called by `ninja coverage`; runs by hand too.
#
#   fuzz/coverage.sh [--html] [--fuzz-seconds N]
#
# 1. Builds an instrumented variant (-O0 -fprofile-instr-generate -fcoverage-mapping, no sanitizers) into
#    out/coverage: the library objects, out/coverage/unit-tests, out/coverage/wd-spectest and one
#    out/coverage/fuzz_* per fuzz/fuzz_*.c (linked with libFuzzer, not instrumented for it).
# 2. Runs each, every process writing its own profile into out/coverage/prof/:
#      unit tests            out/coverage/unit-tests
#      spec runner           wd-spectest --layout all --mode all over out/spec/**/*.json
#      fuzz targets          a plain run over the corpus (-runs=0): out/fuzz/corpus/NAME (fuzz/run.sh's),
#                            else the seed modules in out/fuzz/corpus (fuzz/make-corpus.sh, made
#                            here if missing); plus tests/regress/NAME. With
#                            --fuzz-seconds N each target also fuzzes N seconds from there.
#    Failures of the programs are reported but do not stop the measurement.
# 3. Merges with llvm-profdata-14 and prints llvm-cov-14's report (lines, regions, functions, branches)
#    of runtime/*.c and layouts/*.c, plus the totals; then each fuzz target's own line, branch and
#    function coverage (out/coverage/targets.txt); --html also writes out/coverage/html/index.html.
# Touches only out/coverage/ (and out/fuzz/corpus when it has to make the seeds).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1

html=0
fuzz_seconds=0
while [ $# -gt 0 ]; do
  case "$1" in
    --html) html=1 ;;
    --fuzz-seconds) fuzz_seconds=$2; shift ;;
    *) echo "usage: fuzz/coverage.sh [--html] [--fuzz-seconds N]" >&2; exit 2 ;;
  esac
  shift
done

tool() {  # the first of the names that exists
  for t in "$@"; do command -v "$t" >/dev/null 2>&1 && { echo "$t"; return; }; done
  echo "coverage.sh: none of $* found" >&2
  exit 1
}
CC=${COVERAGE_CC:-$(tool clang-14 clang)}
PROFDATA=$(tool llvm-profdata-14 llvm-profdata)
COV=$(tool llvm-cov-14 llvm-cov)
jobs=$(nproc 2>/dev/null || echo 2)

out=out/coverage
rm -rf "$out/prof" "$out/html"
mkdir -p "$out/obj" "$out/prof"
cflags="-std=c11 -D_GNU_SOURCE -Iinclude -Iruntime -Ilayouts -Ifuzz -fno-strict-aliasing -O0 -g \
-fprofile-instr-generate -fcoverage-mapping -DWD_FUZZING=1 -Wall -Wextra -Wno-unused-parameter"
ldflags="-fprofile-instr-generate"

# ---------------------------------------------------------------- build
echo "coverage.sh: building the instrumented variant in $out"
lib_srcs=$(ls runtime/*.c layouts/*.c)
fuzz_support=""
for s in fuzz/*.c; do
  case "$s" in fuzz/fuzz_*|'fuzz/*.c') ;; *) fuzz_support="$fuzz_support $s" ;; esac
done
fuzz_targets=$(ls fuzz/fuzz_*.c 2>/dev/null || true)
all_srcs="$lib_srcs $fuzz_support $fuzz_targets $(ls tests/unit/*.c 2>/dev/null) tests/tools/wd-spectest.c"
objof() { echo "$out/obj/$(echo "${1%.c}" | tr / _).o"; }
export CC cflags out
# shellcheck disable=SC2016
if ! printf '%s\n' $all_srcs | xargs -P "$jobs" -I{} sh -c \
    'o="$out/obj/$(echo "{}" | sed "s/\.c$//" | tr / _).o"; $CC $cflags -c "{}" -o "$o" || { echo "FAILED {}"; exit 255; }'; then
  echo "coverage.sh: compilation failed" >&2
  exit 1
fi
lib_objs=""
for s in $lib_srcs; do lib_objs="$lib_objs $(objof "$s")"; done
rm -f "$out/libwarden.a"
ar crs "$out/libwarden.a" $lib_objs
bins=""
unit_objs=""
for s in tests/unit/*.c; do [ -f "$s" ] && unit_objs="$unit_objs $(objof "$s")"; done
if [ -n "$unit_objs" ]; then
  $CC $ldflags $unit_objs "$out/libwarden.a" -lcriterion -lm -o "$out/unit-tests" && bins="$bins $out/unit-tests"
fi
$CC $ldflags "$(objof tests/tools/wd-spectest.c)" "$out/libwarden.a" -lcjson -lm -o "$out/wd-spectest" &&
  bins="$bins $out/wd-spectest"
support_objs=""
for s in $fuzz_support; do support_objs="$support_objs $(objof "$s")"; done
for s in $fuzz_targets; do
  name=$(basename "${s%.c}")
  $CC $ldflags -fsanitize=fuzzer "$(objof "$s")" $support_objs "$out/libwarden.a" -lm -o "$out/$name" &&
    bins="$bins $out/$name"
done

# ---------------------------------------------------------------- run
status=0
note() { echo "coverage.sh: $*"; }
if [ -x "$out/unit-tests" ]; then
  note "unit tests"
  LLVM_PROFILE_FILE="$out/prof/unit-%p.profraw" "$out/unit-tests" >"$out/unit-tests.log" 2>&1 ||
    { note "unit tests failed (see $out/unit-tests.log)"; status=1; }
  tail -n 1 "$out/unit-tests.log"
fi
jsons=$(find out/spec -name '*.json' 2>/dev/null | sort)
if [ -x "$out/wd-spectest" ] && [ -n "$jsons" ]; then
  note "spec runner over $(echo "$jsons" | wc -l) files"
  # shellcheck disable=SC2086
  LLVM_PROFILE_FILE="$out/prof/spec-%p.profraw" "$out/wd-spectest" --layout all --mode all $jsons \
    >"$out/spectest.log" 2>&1 || note "spec runner reported failures (see $out/spectest.log)"
  tail -n 1 "$out/spectest.log"
else
  note "no spec runner run (no out/spec: ninja spec-json)"
fi
for s in $fuzz_targets; do
  name=$(basename "${s%.c}")
  [ -x "$out/$name" ] || continue
  corpus=out/fuzz/corpus/$name
  if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus" 2>/dev/null)" ]; then
    corpus=out/fuzz/corpus            # the seed modules (ninja fuzz-corpus, fuzz/make-corpus.sh)
    [ -n "$(ls -A "$corpus" 2>/dev/null)" ] || sh fuzz/make-corpus.sh "$corpus" >/dev/null
  fi
  dirs="$corpus"
  [ -d "tests/regress/$name" ] && dirs="$dirs tests/regress/$name"
  note "$name over $dirs"
  # shellcheck disable=SC2086
  LLVM_PROFILE_FILE="$out/prof/$name-%p.profraw" "$out/$name" -runs=0 \
    -close_fd_mask=3 $dirs >"$out/$name.log" 2>&1 ||
    note "$name stopped early (see $out/$name.log): coverage of the rest of its corpus is missing"
  if [ "$fuzz_seconds" -gt 0 ]; then
    work=$(mktemp -d "$out/work-$name.XXXX")
    # shellcheck disable=SC2086
    LLVM_PROFILE_FILE="$out/prof/$name-fuzz-%p.profraw" "$out/$name" \
      -max_total_time="$fuzz_seconds" -close_fd_mask=3 -artifact_prefix="$work/" "$work" $dirs \
      >>"$out/$name.log" 2>&1 || true
    rm -rf "$work"
  fi
done

# ---------------------------------------------------------------- report
profs=$(ls "$out"/prof/*.profraw 2>/dev/null)
if [ -z "$profs" ]; then
  echo "coverage.sh: no profiles were written" >&2
  exit 1
fi
# shellcheck disable=SC2086
"$PROFDATA" merge -sparse $profs -o "$out/warden.profdata" || exit 1
first=""
objargs=""
for b in $bins; do
  if [ -z "$first" ]; then first=$b; else objargs="$objargs -object $b"; fi
done
srcs=$(ls runtime/*.c layouts/*.c)
echo
echo "coverage of runtime/ and layouts/ (unit tests + spec runner + fuzz corpora):"
# shellcheck disable=SC2086
"$COV" report "$first" $objargs -instr-profile="$out/warden.profdata" -show-branch-summary $srcs |
  sed "s|$root/||" | tee "$out/report.txt"
# Each fuzz target alone: its own profiles against its own binary.
echo
echo "per fuzz target (its corpus$([ "$fuzz_seconds" -gt 0 ] && echo " + ${fuzz_seconds} s of fuzzing");" \
  "of the runtime/ and layouts/ files linked into it):"
printf '  %-14s %8s %9s %10s\n' target lines branches functions | tee "$out/targets.txt"
for s in $fuzz_targets; do
  name=$(basename "${s%.c}")
  tprofs=$(ls "$out"/prof/"$name"-*.profraw 2>/dev/null)
  [ -n "$tprofs" ] || continue
  # shellcheck disable=SC2086
  "$PROFDATA" merge -sparse $tprofs -o "$out/$name.profdata" || continue
  # llvm-cov's TOTAL row: regions, missed, cover, functions, missed, cover, lines, missed, cover,
  # branches, missed, cover.
  # shellcheck disable=SC2086
  "$COV" report "$out/$name" -instr-profile="$out/$name.profdata" -show-branch-summary $srcs |
    awk -v n="$name" '$1 == "TOTAL" { printf "  %-14s %8s %9s %10s\n", n, $10, $13, $7 }' |
    tee -a "$out/targets.txt"
done
if [ "$html" = 1 ]; then
  # shellcheck disable=SC2086
  "$COV" show "$first" $objargs -instr-profile="$out/warden.profdata" -format=html -show-branches=count \
    -output-dir="$out/html" $srcs && note "HTML report: $out/html/index.html"
fi
exit $status
