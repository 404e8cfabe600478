#!/bin/sh
# make-corpus.sh — builds a seed corpus for the fuzz targets from the spec testsuite's modules.
#
#   sh fuzz/make-corpus.sh [OUTDIR]        (default OUTDIR: out/fuzz/corpus)
#
# Copies every .wasm under out/spec (made by `ninja spec-json`) into OUTDIR, named by content hash so that
# identical modules are kept once. Touches only OUTDIR. Run from anywhere; paths are relative to the
# repository root.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/out/fuzz/corpus}
spec=$root/out/spec
if [ ! -d "$spec" ]; then
  echo "make-corpus.sh: no $spec (run: ninja spec-json)" >&2
  exit 1
fi
mkdir -p "$out"
find "$spec" -name '*.wasm' -type f | while read -r f; do
  h=$(sha1sum "$f" | cut -c1-40)
  [ -e "$out/$h" ] || cp "$f" "$out/$h"
done
n=$(find "$out" -maxdepth 1 -type f | wc -l)
echo "make-corpus.sh: $n seed modules in $out"
