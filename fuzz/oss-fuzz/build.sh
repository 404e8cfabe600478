#!/bin/bash -eu
# build.sh — OSS-Fuzz build script for warden: compiles the library and every fuzz target by itself (no
# ninja, no configure.py) and packages options, dictionaries and seed corpora, in OSS-Fuzz conventions.
#
# Inputs (OSS-Fuzz sets them; locally give them yourself):
#   CC, CFLAGS              compiler and sanitizer/coverage flags (e.g. -fsanitize=address,fuzzer-no-link)
#   CXX, CXXFLAGS           used to link when set (fuzzing engines are C++); else CC and CFLAGS
#   LIB_FUZZING_ENGINE      the engine to link (e.g. -fsanitize=fuzzer)
#   OUT                     where targets, *.options, *.dict and *_seed_corpus.zip go
#   WORK                    scratch space (default: a temporary folder)
#   SRC                     where the checkouts are ($SRC/warden, $SRC/testsuite in the Docker image)
#   WASM_TESTSUITE, TTF_SEEDS   seed-corpus settings, read by fuzz/make-corpus.sh
#
# Local run from the repository root:
#   CC=clang CFLAGS="-fsanitize=address,fuzzer-no-link" LIB_FUZZING_ENGINE=-fsanitize=fuzzer \
#     OUT=/tmp/oss bash fuzz/oss-fuzz/build.sh
#
# Seed corpora: module targets (fuzz_parse, fuzz_promote) get fuzz/make-corpus.sh's modules (the testsuite's,
# binaryen's translate-to-fuzz, and fuzz/gen.c's Wasm 3.0 ones when a wd-gentest is built); generator-driven
# targets (`fuzz-input: generator`: fuzz_execute, fuzz_diff, fuzz_limits, fuzz_threads) get random inputs
# of varied sizes, plus the local campaign corpus out/fuzz/corpus/TARGET.
# Touches only $OUT and $WORK.
# The repository: the current folder (OSS-Fuzz runs $SRC/build.sh from $SRC/warden), else where this
# script lives in it.
if [ -f runtime/api.c ] && [ -d fuzz ]; then
  root=$PWD
else
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fi
cd "$root"

: "${CC:=clang}"
: "${CFLAGS:=}"
: "${LIB_FUZZING_ENGINE:=-fsanitize=fuzzer}"
: "${OUT:?set OUT to the output folder}"
LINK_CC=${CXX:-$CC}
LINK_FLAGS=${CXX:+${CXXFLAGS:-$CFLAGS}}
LINK_FLAGS=${LINK_FLAGS:-$CFLAGS}
made_work=""
if [ -z "${WORK:-}" ]; then
  WORK=$(mktemp -d)
  made_work=$WORK
fi
mkdir -p "$OUT" "$WORK/obj"
cleanup() { [ -n "$made_work" ] && rm -rf "$made_work"; return 0; }
trap cleanup EXIT

flags="-std=c11 -D_GNU_SOURCE -DWD_FUZZING=1 -Iinclude -Iruntime -Ilayouts -Ifuzz -fno-strict-aliasing -g"
# Optimisation only if the caller chose none (OSS-Fuzz's CFLAGS carry -O1).
case " $CFLAGS " in *" -O"*) ;; *) flags="$flags -O1" ;; esac

# ---------------------------------------------------------------- library and support code
objs=()
for src in runtime/*.c layouts/*.c; do
  o="$WORK/obj/$(echo "${src%.c}" | tr / _).o"
  # shellcheck disable=SC2086
  $CC $CFLAGS $flags -c "$src" -o "$o"
  objs+=("$o")
done
rm -f "$WORK/libwarden.a"
ar crs "$WORK/libwarden.a" "${objs[@]}"

# Generator-driven targets (`fuzz-input: generator` in their source) link a second copy of the library
# without comparison tracing: their input reaches the runtime only through fuzz/gen.c, so the runtime's
# comparison hints cannot be used, and they cost ~40% of every run (fuzz/README.md).
generator_driven() { grep -q "fuzz-input: generator" "$1"; }
if grep -lq "fuzz-input: generator" fuzz/fuzz_*.c; then
  eobjs=()
  for src in runtime/*.c layouts/*.c; do
    o="$WORK/obj/edges-$(echo "${src%.c}" | tr / _).o"
    # shellcheck disable=SC2086
    $CC $CFLAGS $flags -fno-sanitize-coverage=trace-cmp -c "$src" -o "$o"
    eobjs+=("$o")
  done
  rm -f "$WORK/libwarden-edges.a"
  ar crs "$WORK/libwarden-edges.a" "${eobjs[@]}"
fi

support=()
for src in fuzz/*.c; do
  case "$(basename "$src")" in fuzz_*) continue ;; esac
  o="$WORK/obj/$(echo "${src%.c}" | tr / _).o"
  # shellcheck disable=SC2086
  $CC $CFLAGS $flags -c "$src" -o "$o"
  support+=("$o")
done

# ---------------------------------------------------------------- targets
targets=()
for src in fuzz/fuzz_*.c; do
  name=$(basename "${src%.c}")
  o="$WORK/obj/$name.o"
  # shellcheck disable=SC2086
  $CC $CFLAGS $flags -c "$src" -o "$o"
  lib=$WORK/libwarden.a
  generator_driven "$src" && lib=$WORK/libwarden-edges.a
  # shellcheck disable=SC2086
  $LINK_CC $LINK_FLAGS "$o" ${support[@]+"${support[@]}"} "$lib" $LIB_FUZZING_ENGINE -lm -lpthread \
    -o "$OUT/$name"
  [ -f "fuzz/$name.options" ] && cp "fuzz/$name.options" "$OUT/"
  targets+=("$name")
done
for d in fuzz/*.dict; do
  [ -f "$d" ] && cp "$d" "$OUT/"
done
echo "build.sh: built ${targets[*]} into $OUT"

# ---------------------------------------------------------------- seed corpora
seeds="$WORK/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/modules" "$seeds/random" "$seeds/text"

# Module targets: the testsuite's modules and binaryen's translate-to-fuzz modules (fuzz/make-corpus.sh,
# which reads WASM_TESTSUITE, SRC and TTF_SEEDS).
sh fuzz/make-corpus.sh "$seeds/modules"
# The text reader (fuzz_wat): the testsuite's module texts.
sh fuzz/make-corpus.sh --text "$seeds/text" || true

# Generator-driven targets: random decision streams of varied sizes.
for i in $(seq 0 199); do
  head -c $((4 + (i * 37) % 3000)) /dev/urandom > "$seeds/random/r$i"
done

zip_dir() {  # zip_dir ZIP DIR...: every file of the folders, flat
  rm -f "$1"
  local z=$1
  shift
  local list="$WORK/zip.list"
  : > "$list"
  for d in "$@"; do
    [ -d "$d" ] && find "$d" -type f >> "$list"
  done
  if [ -s "$list" ]; then
    zip -q -j "$z" -@ < "$list"
  fi
}

for name in "${targets[@]}"; do
  if [ "$name" = fuzz_wat ]; then
    zip_dir "$OUT/${name}_seed_corpus.zip" "$seeds/text" "tests/regress/$name"
  elif generator_driven "fuzz/$name.c"; then
    zip_dir "$OUT/${name}_seed_corpus.zip" "$seeds/random" "out/fuzz/corpus/$name" \
            "tests/regress/$name"
  else
    zip_dir "$OUT/${name}_seed_corpus.zip" "$seeds/modules" "tests/regress/$name"
  fi
  [ -f "$OUT/${name}_seed_corpus.zip" ] &&
    echo "build.sh: $OUT/${name}_seed_corpus.zip ($(unzip -Z1 "$OUT/${name}_seed_corpus.zip" | wc -l) files)"
done
