#!/bin/sh
# run.sh — a local fuzzing campaign for one warden fuzz target, in libFuzzer's fork mode; and the replay
# of saved regression inputs.
#
#   fuzz/run.sh TARGET [SECONDS] [JOBS]     e.g. fuzz/run.sh fuzz_diff 3600 4   (defaults: 600 s, all cores)
#   fuzz/run.sh --regress [TARGET...]       run every tests/regress/TARGET/* input once (all targets if none)
#
# Campaign: builds out/fuzz/TARGET (ninja), seeds the corpus out/fuzz/corpus/TARGET when it is empty
# (module targets from fuzz/make-corpus.sh; generator-driven targets from a few random inputs), reads
# fuzz/TARGET.options ([libfuzzer] flags, dictionary path relative to fuzz/; [asan] into ASAN_OPTIONS),
# also reads tests/regress/TARGET as a second corpus, and runs -fork=JOBS for SECONDS, going on past
# crashes, timeouts and OOMs, from a private copy of the binary. Findings go to out/fuzz/crashes/TARGET/;
# the corpus grows in place.
# Exits 1 if the campaign left new findings. Touches only out/fuzz/.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

usage() {
  echo "usage: fuzz/run.sh TARGET [SECONDS] [JOBS] | fuzz/run.sh --regress [TARGET...]" >&2
  echo "targets: $(ls fuzz/fuzz_*.c 2>/dev/null | sed 's|fuzz/||; s|\.c$||' | tr '\n' ' ')" >&2
  exit 2
}

build() {  # build out/fuzz/$1 when ninja and build.ninja are there; otherwise use what exists
  if [ -f build.ninja ] && command -v ninja >/dev/null 2>&1; then
    ninja "out/fuzz/$1" >/dev/null || { echo "run.sh: cannot build out/fuzz/$1" >&2; exit 1; }
  fi
  [ -x "out/fuzz/$1" ] || { echo "run.sh: no out/fuzz/$1 (run ./configure.py && ninja out/fuzz/$1)" >&2; exit 1; }
}

# options FILE SECTION: the key = value lines of one [SECTION] of an .options file, as "key=value".
options() {
  [ -f "$1" ] || return 0
  awk -v want="[$2]" '
    /^[ \t]*[#;]/ || /^[ \t]*$/ { next }
    /^\[/ { in_sec = ($0 == want); next }
    in_sec { line = $0; sub(/[ \t]*=[ \t]*/, "=", line); sub(/[ \t]+$/, "", line); print line }' "$1"
}

# ---------------------------------------------------------------- regression replay
if [ "${1:-}" = "--regress" ]; then
  shift
  targets=$*
  if [ -z "$targets" ]; then
    for d in tests/regress/*/; do [ -d "$d" ] && targets="$targets $(basename "$d")"; done
  fi
  pass=0; fail=0
  for t in $targets; do
    [ -f "fuzz/$t.c" ] || { echo "skip tests/regress/$t (no fuzz/$t.c)"; continue; }
    build "$t"
    for f in tests/regress/"$t"/*; do
      [ -f "$f" ] || continue
      case "$f" in *.wat|*.md|*.txt|*README*) continue ;; esac
      asan=$(options "fuzz/$t.options" asan | tr '\n' ':')
      if ASAN_OPTIONS="${asan}${ASAN_OPTIONS:-}" "out/fuzz/$t" "$f" >/tmp/wd-regress.$$ 2>&1; then
        pass=$((pass + 1))
      else
        fail=$((fail + 1))
        echo "FAIL $t $f"
        grep -m3 -E "ERROR|warden fuzz|SUMMARY" /tmp/wd-regress.$$ | sed 's/^/  /' || true
      fi
    done
  done
  rm -f /tmp/wd-regress.$$
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit $?
fi

# ---------------------------------------------------------------- campaign
[ $# -ge 1 ] || usage
target=$1
seconds=${2:-600}
jobs=${3:-$(nproc 2>/dev/null || echo 1)}
[ -f "fuzz/$target.c" ] || { echo "run.sh: no fuzz/$target.c" >&2; usage; }
build "$target"

corpus=out/fuzz/corpus/$target
crashes=out/fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
if [ -z "$(ls -A "$corpus" 2>/dev/null)" ]; then
  if grep -q "fuzz-input: generator" "fuzz/$target.c"; then
    # Generator-driven: inputs are decisions, any bytes do. A spread of sizes gets it going.
    i=0
    while [ $i -lt 64 ]; do
      head -c $((8 + i * 24)) /dev/urandom > "$corpus/seed-$i"
      i=$((i + 1))
    done
    echo "run.sh: seeded $corpus with 64 random inputs"
  elif [ "$target" = fuzz_wat ] && [ -f fuzz/make-corpus.sh ]; then
    sh fuzz/make-corpus.sh --text "$corpus" || echo "run.sh: make-corpus.sh --text failed; starting empty" >&2
  elif [ -f fuzz/make-corpus.sh ]; then
    sh fuzz/make-corpus.sh "$corpus" || echo "run.sh: make-corpus.sh failed; starting empty" >&2
  fi
fi

flags=""
for kv in $(options "fuzz/$target.options" libfuzzer); do
  case "$kv" in
    dict=*) flags="$flags -dict=fuzz/${kv#dict=}" ;;
    *) flags="$flags -$kv" ;;
  esac
done
asan=$(options "fuzz/$target.options" asan | tr '\n' ':')
extra=""
[ -d "tests/regress/$target" ] && extra="tests/regress/$target"

# Fork mode re-executes the binary for every job: run a private copy, so that rebuilding out/fuzz during a
# long campaign cannot swap the program under it.
bin=out/fuzz/run-$target.$$
cp "out/fuzz/$target" "$bin"
trap 'rm -f "$bin"' EXIT INT TERM
before=$(ls "$crashes" | wc -l)
echo "run.sh: $target for ${seconds}s, $jobs jobs; corpus $corpus; findings $crashes/"
# shellcheck disable=SC2086
ASAN_OPTIONS="${asan}${ASAN_OPTIONS:-}" "$bin" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 \
  -ignore_ooms=1 -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$crashes/" $flags \
  "$corpus" $extra || true
after=$(ls "$crashes" | wc -l)
echo "run.sh: corpus $(ls "$corpus" | wc -l) inputs; findings: $((after - before)) new, $after in $crashes/"
if [ "$after" -gt "$before" ]; then
  ls -t "$crashes" | head -n $((after - before)) | sed "s|^|  $crashes/|"
  exit 1
fi
