#!/bin/bash -eu
# build.sh — ClusterFuzzLite's build step for warden: the OSS-Fuzz build script, unchanged, from the
# checkout (ClusterFuzzLite sets CC, CFLAGS, LIB_FUZZING_ENGINE, OUT, SRC, WORK as OSS-Fuzz does).
# Every fuzz/fuzz_*.c becomes a target in $OUT with its options, dictionaries and seed corpus.
cd "$SRC/warden"
exec bash fuzz/oss-fuzz/build.sh
