#!/usr/bin/env python3
"""same-disasm.py — behaviour check for moves that must change nothing: `warden inspect --disasm` of every
defined function of every module under a folder, by two `warden` binaries, compared byte for byte
(exit status, stdout and stderr).

    tests/tools/same-disasm.py BASE_WARDEN NEW_WARDEN [--dir out/spec] [--mode lazy-translation] [-j 2]

Modules that do not load print the same error with both. Build the base with e.g.
    git worktree add /tmp/base COMMIT && (cd /tmp/base && ./configure.py && ninja out/release/warden)
"""
import argparse
import concurrent.futures
import glob
import json
import os
import subprocess
import sys


def run(warden, args):
    p = subprocess.run([warden] + args, capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def check(base, new, path, mode):
    """The functions compared and a list of differences for one module."""
    rc, out, _ = run(new, ["inspect", path, "--json"])
    nfuncs = 0
    if rc == 0:
        c = json.loads(out)["counts"]
        nfuncs = c["imported_funcs"] + c["functions"]
    diffs, n = [], 0
    for f in range(nfuncs) if nfuncs else [0]:
        args = ["inspect", path, "--disasm", str(f), "--mode", mode]
        a, b = run(base, args), run(new, args)
        n += 1
        if a != b:
            diffs.append("%s --disasm %d: base exit %s, new exit %s" % (path, f, a[0], b[0]))
    return n, diffs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--dir", default="out/spec")
    ap.add_argument("--mode", default="lazy-translation")
    ap.add_argument("-j", type=int, default=2)
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.dir, "**", "*.wasm"), recursive=True))
    total, bad = 0, []
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for n, d in ex.map(lambda p: check(a.base, a.new, p, a.mode), files):
            total += n
            bad += d
    for d in bad[:50]:
        print("DIFF: " + d)
    print("same-disasm: %d modules, %d functions compared, %d differ" % (len(files), total, len(bad)))
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
