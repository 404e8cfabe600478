#!/bin/sh
# make-corpus.sh — the seed modules of the module-input fuzz targets (fuzz_parse, fuzz_promote), the one
# place they are made: fuzz/run.sh, tests/run-tests.py (the fuzz suite) and fuzz/oss-fuzz/build.sh call it.
#
#   sh fuzz/make-corpus.sh [OUTDIR]        (default OUTDIR: out/fuzz/corpus)
#   sh fuzz/make-corpus.sh --text OUTDIR   the text reader's seeds (fuzz_wat, fuzz/wat-seeds.py): every
#                                          "(module ...)" written as text in the testsuite's scripts
#                                          (2.0, and 3.0's when $WASM_TESTSUITE3 or ../shared/testsuite-3.0
#                                          has it)
#
#   1. Every module of the spec testsuite: out/spec/**/*.wasm when `ninja spec-json` made them, else
#      converted here with wast2json (the folder flags of configure.py's SPEC_FLAGS) from $WASM_TESTSUITE,
#      $SRC/testsuite (OSS-Fuzz) or ../shared/testsuite.
#   2. TTF_SEEDS (default 200) valid modules from binaryen's `wasm-opt --translate-to-fuzz`, within
#      warden's features, from fixed pseudo-random inputs: the same binaryen gives the same seeds.
#      binaryen 108 with reference types makes invalid modules (wabt agrees), so those stay off.
#   3. GEN_SEEDS (default 200) + GEN_SEEDS/2 modules of fuzz/gen.c with every Wasm 3.0 part 1 feature
#      (wd-gentest --extras [--shared] --dump), when out/release or out/asan has wd-gentest.
# Files are named by content hash: a module is kept once. Touches only OUTDIR and a temporary folder.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
text=0
if [ "${1:-}" = "--text" ]; then text=1; shift; fi
out=${1:-$root/out/fuzz/corpus}
ttf_seeds=${TTF_SEEDS:-200}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

keep() {  # keep FILE: copy it into OUTDIR under its content hash
  h=$(sha1sum "$1" | cut -c1-40)
  [ -e "$out/$h" ] || cp "$1" "$out/$h"
}

# ---------------------------------------------------------------- 0. text seeds (--text)
if [ "$text" = 1 ]; then
  ts=${WASM_TESTSUITE:-}
  for cand in "${SRC:-/nonexistent}/testsuite" "$root/../shared/testsuite"; do
    [ -z "$ts" ] && [ -d "$cand" ] && ts=$cand
  done
  if [ -z "$ts" ] || [ ! -d "$ts" ]; then
    echo "make-corpus.sh: no testsuite for the text seeds" >&2
    exit 1
  fi
  python3 "$root/fuzz/wat-seeds.py" "$ts" "$out"
  # the Wasm 3.0 testsuite too, when it is there (3.0 and proposal syntax: GC, exceptions, descriptors...)
  ts3=${WASM_TESTSUITE3:-$root/../shared/testsuite-3.0}
  if [ -d "$ts3" ]; then python3 "$root/fuzz/wat-seeds.py" "$ts3" "$out"; fi
  exit 0
fi

# ---------------------------------------------------------------- 1. the spec testsuite's modules
spec=$root/out/spec
if [ -d "$spec" ] && [ -n "$(find "$spec" -name '*.wasm' -type f | head -n 1)" ]; then
  find "$spec" -name '*.wasm' -type f > "$tmp/list"
  echo "make-corpus.sh: testsuite modules from $spec"
else
  ts=${WASM_TESTSUITE:-}
  for cand in "${SRC:-/nonexistent}/testsuite" "$root/../shared/testsuite"; do
    [ -z "$ts" ] && [ -d "$cand" ] && ts=$cand
  done
  if [ -n "$ts" ] && [ -d "$ts" ] && command -v wast2json >/dev/null 2>&1; then
    i=0
    find "$ts" -name '*.wast' | sort > "$tmp/wasts"
    while IFS= read -r wast; do
      flag=""
      case "$wast" in
        */tail-call/*) flag=--enable-tail-call ;;
        */extended-const/*) flag=--enable-extended-const ;;
        */multi-memory/*) flag=--enable-multi-memory ;;
      esac
      mkdir -p "$tmp/spec/$i"
      # shellcheck disable=SC2086
      (cd "$tmp/spec/$i" && wast2json $flag "$wast" -o t.json >/dev/null 2>&1) || true
      i=$((i + 1))
    done < "$tmp/wasts"
    find "$tmp/spec" -name '*.wasm' -type f > "$tmp/list"
    echo "make-corpus.sh: testsuite modules converted from $ts"
  else
    : > "$tmp/list"
    echo "make-corpus.sh: no testsuite modules (no out/spec, and no testsuite or no wast2json)" >&2
  fi
fi
while IFS= read -r f; do keep "$f"; done < "$tmp/list"

# ---------------------------------------------------------------- 2. binaryen's translate-to-fuzz
if command -v wasm-opt >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
  python3 - "$tmp/ttf" "$ttf_seeds" <<'EOF'
import os, random, sys
d, n = sys.argv[1], int(sys.argv[2])
os.makedirs(d)
for i in range(n):
    r = random.Random(i)
    with open(os.path.join(d, "in%d" % i), "wb") as f:
        f.write(bytes(r.getrandbits(8) for _ in range(256 + (i * 97) % 8000)))
EOF
  made=0
  i=0
  while [ "$i" -lt "$ttf_seeds" ]; do
    if wasm-opt --translate-to-fuzz "$tmp/ttf/in$i" --mvp-features --enable-bulk-memory --enable-sign-ext \
         --enable-nontrapping-float-to-int --enable-mutable-globals --enable-multivalue --enable-simd \
         --enable-tail-call --enable-extended-const -o "$tmp/ttf/m$i.wasm" >/dev/null 2>&1; then
      keep "$tmp/ttf/m$i.wasm"
      made=$((made + 1))
    fi
    i=$((i + 1))
  done
  echo "make-corpus.sh: $made translate-to-fuzz modules"
else
  echo "make-corpus.sh: no wasm-opt (binaryen) or python3: no translate-to-fuzz modules" >&2
fi

# ---------------------------------------------------------------- 3. generated modules with Wasm 3.0 part 1
# The testsuite above is 2.0's (wast2json cannot read 3.0's scripts): fuzz/gen.c's modules bring the rest
# to the module targets: threads (shared memories, every atomic), custom page sizes, exceptions (try_table,
# legacy try/rethrow/delegate, throw_ref), memory64/table64, relaxed SIMD, wide arithmetic; and shared-mode
# modules (an imported shared memory). Needs a built wd-gentest (ninja out/release/wd-gentest).
gentest=""
for cand in "$root/out/release/wd-gentest" "$root/out/asan/wd-gentest"; do
  [ -z "$gentest" ] && [ -x "$cand" ] && gentest=$cand
done
if [ -n "$gentest" ]; then
  gen_seeds=${GEN_SEEDS:-200}
  mkdir -p "$tmp/gen" "$tmp/gen-shared"
  "$gentest" --count "$gen_seeds" --seed 3 --features all --extras --dump "$tmp/gen" >/dev/null 2>&1 || true
  "$gentest" --count $((gen_seeds / 2)) --seed 4 --features all --extras --shared --dump "$tmp/gen-shared" \
    >/dev/null 2>&1 || true
  made=0
  for f in "$tmp"/gen/*.wasm "$tmp"/gen-shared/*.wasm; do
    [ -f "$f" ] || continue
    keep "$f"
    made=$((made + 1))
  done
  echo "make-corpus.sh: $made generated modules (Wasm 3.0 part 1 features)"
else
  echo "make-corpus.sh: no wd-gentest built: no generated modules (ninja out/release/wd-gentest)" >&2
fi

n=$(find "$out" -maxdepth 1 -type f | wc -l)
echo "make-corpus.sh: $n seed modules in $out"
