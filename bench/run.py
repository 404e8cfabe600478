#!/usr/bin/env python3
"""bench/run.py — times warden against other WebAssembly runtimes, side by side, in one run.

`ninja bench` runs it. Benchmarks:
  - WAT kernels in bench/*.wat (built to out/bench/wat/NAME.wasm): a zero-argument export `main`.
  - the C kernels of ../shared/bench/kernels (built for wasm32-wasi to out/bench/NAME.wasm), run as WASI
    programs; their output is checked against ../shared/bench/expected/NAME.txt.
Runtimes: warden in each layout (out/release/warden), wabt's wasm-interp (WAT kernels only: Debian's
build has no WASI), and any peer named in BENCH_PEERS="name=command ..." where the command is run as
`command FILE.wasm` for WASI kernels and, for WAT ones, `command --func main FILE.wasm` (wasm3),
`command -f main FILE.wasm` (WAMR's iwasm), or `command ARGS FILE.wasm` with BENCH_PEER_WAT_ARGS. Each measurement is the best wall time of BENCH_REPEAT runs (3).

Output: a Markdown table on stdout (and into bench/RESULTS.md's fenced "latest" block with --record):
seconds per runtime and the ratio of each runtime's time to warden's default layout. Machines are noisy:
compare ratios from one run, never absolute times across runs. With --json FILE (`ninja bench` gives
out/bench/speed.json) the same results in the format bench/chart.py reads and documents.
"""
import json
import argparse
import datetime
import glob
import os
import platform
import shlex
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common   # noqa: E402  (how each kind of peer is asked to call a function)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYOUTS, DEFAULT_LAYOUT = common.listed("layouts")


def run_once(cmd, timeout):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return time.perf_counter() - t0, p.returncode, p.stdout.decode(errors="replace")


def best_of(cmd, repeat, timeout, expected=None):
    best, out = None, ""
    for _ in range(repeat):
        try:
            t, rc, out = run_once(cmd, timeout)
        except subprocess.TimeoutExpired:
            return None, "timeout"
        if rc != 0:
            return None, "exit %d" % rc
        if expected is not None and out != expected:
            return None, "wrong output"
        best = t if best is None else min(best, t)
    return best, out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", "3")))
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--only", help="comma-separated benchmark names")
    ap.add_argument("--record", action="store_true", help="append the table to bench/RESULTS.md")
    ap.add_argument("--json", help="also write the results to this file (bench/chart.py's format)")
    args = ap.parse_args()
    suites = os.environ.get("BENCH_SUITES", "").replace(",", " ").split()
    if suites and "kernels" not in suites:
        print("bench: kernels suite skipped (BENCH_SUITES=%s)" % os.environ["BENCH_SUITES"], file=sys.stderr)
        return 0

    warden = os.path.join(ROOT, "out/release/warden")
    if not os.path.exists(warden):
        print("bench: %s is not built (run ninja)" % warden, file=sys.stderr)
        return 1
    benchdir = os.environ.get("WASM_BENCH", os.path.join(ROOT, "..", "shared", "bench"))
    peers = []
    for spec in shlex.split(os.environ.get("BENCH_PEERS", "")):
        name, _, cmd = spec.partition("=")
        if name and cmd:
            peers.append((name, shlex.split(cmd)))
    wat_args = shlex.split(os.environ.get("BENCH_PEER_WAT_ARGS", "--func main"))
    interp = shutil.which("wasm-interp")

    cases = []   # (name, kind, wasm, expected)
    for w in sorted(glob.glob(os.path.join(ROOT, "out/bench/wat/*.wasm"))):
        cases.append(("wat:" + os.path.basename(w)[:-5], "wat", w, None))
    for w in sorted(glob.glob(os.path.join(ROOT, "out/bench/*.wasm"))):
        name = os.path.basename(w)[:-5]
        exp = os.path.join(benchdir, "expected", name + ".txt")
        cases.append((name, "wasi", w, open(exp).read() if os.path.exists(exp) else None))
    if args.only:
        keep = set(args.only.split(","))
        cases = [c for c in cases if c[0] in keep or c[0].split(":")[-1] in keep]

    columns = ["warden:" + l for l in LAYOUTS] + ["wasm-interp"] + [p[0] for p in peers]
    rows = []
    for name, kind, wasm, expected in cases:
        row = {}
        for layout in LAYOUTS:
            if kind == "wat":
                cmd = [warden, "run", "--layout", layout, "--invoke", "main", wasm]
            else:
                cmd = [warden, "run", "--layout", layout, wasm]
            row["warden:" + layout] = best_of(cmd, args.repeat, args.timeout, expected)
        if interp and kind == "wat":
            row["wasm-interp"] = best_of([interp, wasm, "--run-all-exports"], args.repeat, args.timeout)
        for pname, pcmd in peers:
            peer = common.Peer(pname, pcmd)    # adds iwasm's stack size, knows how to call a function
            cmd = peer.run_cmd(wasm, [])
            if kind == "wat":
                cmd = (None if "BENCH_PEER_WAT_ARGS" in os.environ else peer.invoke_cmd(wasm, "main")) or \
                    peer.cmd + wat_args + [wasm]
            row[pname] = best_of(cmd, args.repeat, args.timeout, expected)
        rows.append((name, row))
        print("bench: %-14s %s" % (name, "  ".join(
            "%s=%s" % (c, "%.3f" % row[c][0] if c in row and row[c][0] is not None else
                       (row[c][1] if c in row else "-")) for c in columns)), file=sys.stderr, flush=True)

    base = "warden:" + DEFAULT_LAYOUT
    lines = ["| benchmark | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for name, row in rows:
        cells = []
        for c in columns:
            t = row.get(c, (None, "-"))
            if t[0] is None:
                cells.append(t[1] if c in row else "—")
                continue
            b = row.get(base, (None,))[0]
            cells.append("%.3f s" % t[0] + (" (%.2fx)" % (t[0] / b) if b and c != base else ""))
        lines.append("| %s | %s |" % (name, " | ".join(cells)))
    table = "\n".join(lines)
    print(table)
    if args.record:
        stamp = datetime.date.today().isoformat()
        machine = "%s, %d cores, %s" % (platform.machine(), os.cpu_count() or 0, platform.platform())
        with open(os.path.join(ROOT, "bench", "RESULTS.md"), "a") as f:
            f.write("\n## %s — %s\n\nCommand: `%s`\n\nRatios are each runtime's time / warden:%s "
                    "(best of %d).\n\n%s\n" % (stamp, machine, " ".join(
                        ["BENCH_PEERS=%s" % shlex.quote(os.environ["BENCH_PEERS"])] if peers else []) +
                        "python3 bench/run.py --record", DEFAULT_LAYOUT, args.repeat, table))
    if args.json:
        doc = {
            "format": "warden-bench-1",
            "title": "Speed: whole-process wall time (load + promote + run), best of %d" % args.repeat,
            "date": datetime.date.today().isoformat(),
            "machine": "%s, %d cores, %s" % (platform.machine(), os.cpu_count() or 0, platform.platform()),
            "command": " ".join(["BENCH_PEERS=%s" % shlex.quote(os.environ["BENCH_PEERS"])] if peers else []) +
                       "python3 bench/run.py",
            "baseline": base,
            "runtimes": columns,
            "metrics": [{"name": "time", "unit": "s", "results": {
                name: {c: row[c][0] for c in columns if c in row} for name, row in rows}}],
        }
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
    failed = [n for n, row in rows if any(row[c][0] is None for c in row if c.startswith("warden:"))]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
