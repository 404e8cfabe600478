#!/usr/bin/env python3
"""bench/real.py — real programs (issue 13): CPU time of warden beside BENCH_PEERS, output checked.

    python3 bench/real.py [--only lua,sqlite] [--layouts union16] [--repeat N] [--record]

Programs, built at bench time from public sources (bench/inputs.py finds and checks them; nothing is
committed) with Debian's clang, `--target=wasm32-wasi -O2` against wasi-libc, and natively with -O2:
  lua        Lua 5.4.8 running bench/real/bench.lua (recursion, tables, strings, closures, floats)
  lua-alloc  the same Lua running bench/real/alloc.lua (binary trees, string and table churn): peak RSS
  zlib       zlib 1.3.1 round trip, bench/real/zround.c (2 MiB at levels 1, 6, 9)
  sqlite     SQLite 3.53.2 (amalgamation from the better-sqlite3 npm package), bench/real/dbwork.c
  coremark   EEMBC CoreMark, posix port, 3,000 iterations (the CRC lines are what is checked)
Lua, zlib and CoreMark come from BENCH_SRC (a folder of public sources, see bench/README.md); SQLite from
the npm registry. A program whose sources are missing is reported and skipped. Builds are cached in
out/bench/real/.

Each program runs natively once (its output is the reference), then under warden in each layout (default
mode) and each peer; every run's output must equal the native one. Figures: CPU seconds (user + sys of
the process), best of BENCH_REPEAT (3) runs, and the lowest peak RSS of those runs. Ratios: warden
(default layout) over each peer per program and their geometric mean. BENCH_REAL_PROGRAMS (or --only)
picks a subset.
"""
import argparse
import concurrent.futures
import hashlib
import math
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common   # noqa: E402
import inputs   # noqa: E402

ROOT = common.ROOT
OUT = os.path.join(ROOT, "out", "bench", "real")
REAL = os.path.join(ROOT, "bench", "real")
LAYOUTS, DEFAULT_LAYOUT = common.listed("layouts")

WASI_FLAGS = ["-I" + os.path.join(REAL, "wasi-include"), "-D_WASI_EMULATED_SIGNAL",
              "-D_WASI_EMULATED_PROCESS_CLOCKS", "-Wno-deprecated-declarations"]
WASI_LIBS = ["-lwasi-emulated-signal", "-lwasi-emulated-process-clocks"]
SQLITE_FLAGS = ["-DSQLITE_OS_OTHER=1", "-DSQLITE_THREADSAFE=0", "-DSQLITE_OMIT_LOAD_EXTENSION",
                "-DSQLITE_TEMP_STORE=3", "-DSQLITE_OMIT_DEPRECATED"]
COREMARK_KEEP = ("CoreMark Size", "Iterations       :", "seedcrc", "[0]crc")


def lua_sources(d):
    skip = {"lua.c", "luac.c", "onelua.c", "ltests.c"}
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".c") and f not in skip) + \
        [os.path.join(d, "lua.c")]


def programs():
    """name -> dict(source, srcs(d), cflags(d), wasm_srcs, native_flags, args, stdin, filter)."""
    lua = dict(source="lua", srcs=lua_sources, cflags=lambda d: [], wasm_flags=["-DL_tmpnam=64"],
               wasm_srcs=[os.path.join(REAL, "wasi-stubs.c")], native_flags=["-DLUA_USE_LINUX"],
               native_libs=["-lm"], args=["-"])
    zsrcs = ["adler32.c", "compress.c", "crc32.c", "deflate.c", "inffast.c", "inflate.c", "inftrees.c",
             "trees.c", "uncompr.c", "zutil.c"]
    cm = ["core_list_join.c", "core_main.c", "core_matrix.c", "core_state.c", "core_util.c",
          "posix/core_portme.c"]
    return {
        "lua": dict(lua, stdin=os.path.join(REAL, "bench.lua")),
        "lua-alloc": dict(lua, stdin=os.path.join(REAL, "alloc.lua"), build_as="lua"),
        "zlib": dict(source="zlib", srcs=lambda d: [os.path.join(d, f) for f in zsrcs] +
                     [os.path.join(REAL, "zround.c")], cflags=lambda d: ["-I" + d], args=[]),
        "sqlite": dict(source="sqlite", srcs=lambda d: [os.path.join(d, "sqlite3.c"), os.path.join(REAL, "dbwork.c")],
                       cflags=lambda d: ["-I" + d] + SQLITE_FLAGS, args=[]),
        "coremark": dict(source="coremark", srcs=lambda d: [os.path.join(d, f) for f in cm],
                         cflags=lambda d: ["-I" + d, "-I" + os.path.join(d, "posix"), "-DPERFORMANCE_RUN=1",
                                           "-DSEED_METHOD=SEED_VOLATILE", "-DITERATIONS=3000",
                                           '-DFLAGS_STR="-O2"'], native_libs=["-lrt"], args=[],
                         filter=lambda out: "\n".join(l for l in out.splitlines() if l.startswith(COREMARK_KEEP))),
    }


def compile_one(cc, flags, src, obj):
    """Compiles SRC to OBJ unless OBJ is newer and was built with the same flags. Error text or None."""
    stamp = hashlib.sha256((" ".join(cc + flags) + "\0" + src).encode()).hexdigest()
    if os.path.exists(obj) and os.path.exists(obj + ".stamp") and open(obj + ".stamp").read() == stamp and \
            os.path.getmtime(obj) >= os.path.getmtime(src):
        return None
    os.makedirs(os.path.dirname(obj), exist_ok=True)
    p = subprocess.run(["nice", "-n", "5"] + cc + flags + ["-c", src, "-o", obj], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if p.returncode:
        return "%s: %s" % (os.path.basename(src), p.stderr.decode(errors="replace").strip()[-400:])
    with open(obj + ".stamp", "w") as f:
        f.write(stamp)
    return None


def build(name, prog, srcdir, target):
    """Builds out/bench/real/<target>/NAME(.wasm); returns (path, None) or (None, why)."""
    wasm = target == "wasm"
    cc = ["clang", "--target=wasm32-wasi"] if wasm else ["clang"]
    flags = ["-O2", "-w"] + prog["cflags"](srcdir) + (WASI_FLAGS + prog.get("wasm_flags", []) if wasm
                                                     else prog.get("native_flags", []))
    srcs = prog["srcs"](srcdir) + (prog.get("wasm_srcs", []) if wasm else [])
    objdir = os.path.join(OUT, "obj", target, name)
    objs = [os.path.join(objdir, os.path.basename(s)[:-2] + ".o") for s in srcs]
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        errs = [e for e in ex.map(lambda so: compile_one(cc, flags, so[0], so[1]), zip(srcs, objs)) if e]
    if errs:
        return None, "build failed: " + errs[0]
    exe = os.path.join(OUT, target, name + (".wasm" if wasm else ""))
    os.makedirs(os.path.dirname(exe), exist_ok=True)
    libs = (WASI_LIBS + ["-lm"]) if wasm else prog.get("native_libs", [])
    ld = cc + (["-Wl,--strip-debug"] if wasm else []) + objs + ["-o", exe] + libs
    if not os.path.exists(exe) or any(os.path.getmtime(o) > os.path.getmtime(exe) for o in objs):
        p = subprocess.run(ld, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode:
            return None, "link failed: " + p.stderr.decode(errors="replace").strip()[-400:]
    return exe, None


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=os.environ.get("BENCH_REAL_PROGRAMS", ""))
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", "3")))
    ap.add_argument("--record", action="store_true", help="append the tables to bench/RESULTS.md")
    args = ap.parse_args()
    if not common.suite_enabled("real"):
        return 0
    if not os.path.exists(common.WARDEN):
        print("real: %s is not built (run ninja)" % common.WARDEN, file=sys.stderr)
        return 1
    progs = programs()
    names = [n for n in args.only.replace(",", " ").split() if n] or list(progs)
    unknown = [n for n in names if n not in progs]
    if unknown:
        print("real: unknown program(s) %s (known: %s)" % (", ".join(unknown), ", ".join(progs)), file=sys.stderr)
        return 64
    layouts = args.layouts.split(",")
    base = "warden:" + (DEFAULT_LAYOUT if DEFAULT_LAYOUT in layouts else layouts[0])
    peers = common.peers()
    columns = ["native"] + ["warden:" + l for l in layouts] + [p.name for p in peers]
    rows, failed = [], False
    for name in names:
        prog = progs[name]
        srcdir = inputs.ensure_source(prog["source"])
        row = {}
        if not srcdir:
            rows.append((name, {c: (None, "no sources") for c in columns}))
            continue
        built = {}
        for target in ("native", "wasm"):
            built[target], why = build(prog.get("build_as", name), prog, srcdir, target)
            if why:
                print("real: %s (%s): %s" % (name, target, why), file=sys.stderr)
        if not built["native"] or not built["wasm"]:
            rows.append((name, {c: (None, "build failed") for c in columns}))
            failed = True
            continue
        filt = prog.get("filter", lambda s: s)
        ref, why = common.run([built["native"]] + prog["args"], stdin_path=prog.get("stdin"))
        if ref is None or ref.rc != 0:
            rows.append((name, {c: (None, "native run failed") for c in columns}))
            print("real: %s: native run failed: %s" % (name, why or ref.err[-300:]), file=sys.stderr)
            failed = True
            continue
        expected = filt(ref.out)

        def check(r):
            if r.rc != 0:
                return "exit %d" % r.rc
            return None if filt(r.out) == expected else "wrong output"

        row["native"] = common.best_of([built["native"]] + prog["args"], args.repeat, check, key="cpu",
                                       stdin_path=prog.get("stdin"))
        for l in layouts:
            row["warden:" + l] = common.best_of([common.WARDEN, "run", "--layout", l, built["wasm"]] + prog["args"],
                                                args.repeat, check, key="cpu", stdin_path=prog.get("stdin"))
            failed |= row["warden:" + l][0] is None
        for p in peers:
            row[p.name] = common.best_of(p.run_cmd(built["wasm"], prog["args"]), args.repeat, check, key="cpu",
                                         stdin_path=prog.get("stdin"))
        rows.append((name, row))
        print("real: %-10s %s" % (name, "  ".join("%s=%s" % (c, "%.3f" % row[c][0].cpu if row[c][0] else row[c][1])
                                                for c in columns)), file=sys.stderr, flush=True)

    # CPU time table, ratios of warden's default layout to each peer, geometric means.
    cells = lambda r: "%.3f s" % r.cpu
    head = "| program | " + " | ".join(columns) + " | " + " | ".join(
        "%s / %s" % (base, p.name) for p in peers + [common.Peer("native", ["native"])]) + " |"
    lines = [head, "|---" * (len(columns) + len(peers) + 2) + "|"]
    ratios = {p: [] for p in [p.name for p in peers] + ["native"]}
    for name, row in rows:
        cs = [cells(row[c][0]) if row.get(c, (None,))[0] else row.get(c, (None, "—"))[1] for c in columns]
        rs = []
        for pn in [p.name for p in peers] + ["native"]:
            b, o = row.get(base, (None,))[0], row.get(pn, (None,))[0]
            if b and o:
                ratios[pn].append(b.cpu / o.cpu)
                rs.append("%.2fx" % (b.cpu / o.cpu))
            else:
                rs.append("—")
        lines.append("| %s | %s | %s |" % (name, " | ".join(cs), " | ".join(rs)))
    gm = [geomean(ratios[pn]) for pn in [p.name for p in peers] + ["native"]]
    lines.append("| **geometric mean** | %s | %s |" % (" | ".join([""] * len(columns)), " | ".join(
        "**%.2fx** (%d)" % (g, len(ratios[pn])) if g else "—"
        for g, pn in zip(gm, [p.name for p in peers] + ["native"]))))
    rss_cols = [base] + [p.name for p in peers] + ["native"]
    rlines = ["| program | " + " | ".join(["peak RSS " + c for c in rss_cols] +
                                         ["%s / %s" % (base, p.name) for p in peers]) + " |",
              "|---" * (len(rss_cols) + len(peers) + 1) + "|"]
    for name, row in rows:
        rs = [common.mib(row[c][0].rss) if row.get(c, (None,))[0] else "—" for c in rss_cols]
        rr = []
        for p in peers:
            b, o = row.get(base, (None,))[0], row.get(p.name, (None,))[0]
            rr.append("%.2fx" % (b.rss / o.rss) if b and o else "—")
        rlines.append("| %s | %s |" % (name, " | ".join(rs + rr)))
    text = ("CPU seconds (user + sys), best of %d; ratios: %s's CPU time over each runtime's.\n\n%s\n\n"
            "Peak resident memory (the lowest of the same runs):\n\n%s\n" % (args.repeat, base, "\n".join(lines), "\n".join(rlines)))
    print(text)
    if args.record:
        env = "".join("%s=%s " % (k, shlex.quote(os.environ[k])) for k in ("BENCH_REPEAT", "BENCH_REAL_PROGRAMS")
                      if k in os.environ)
        cmd = "%s%sBENCH_SRC=%s python3 bench/real.py %s" % (common.peers_env_text(), env,
                                                            os.environ.get("BENCH_SRC", "?"),
                                                            " ".join(shlex.quote(a) for a in sys.argv[1:]))
        with open(os.path.join(ROOT, "bench", "RESULTS.md"), "a") as f:
            f.write("\n## Real programs — %s\n\nCommand: `%s`\n\n%s" % (common.machine(), cmd, text))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
