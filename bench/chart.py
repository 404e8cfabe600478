#!/usr/bin/env python3
"""bench/chart.py — draws benchmark results as one SVG chart (matplotlib, Debian's python3-matplotlib).

`ninja bench` runs it after bench/run.py. It reads results files (default: every out/bench/*.json in
this format) and writes one SVG (default: bench/chart.svg, which README.md shows), one panel per metric
of each file: a grouped bar per benchmark and runtime. A file that names a baseline runtime is drawn as
ratios to it (log scale, 1 = the baseline; above 1 = more time or memory than the baseline), otherwise as
absolute values in the metric's unit.

Results file format (JSON; bench/run.py writes out/bench/speed.json, and any other benchmark, such as a
startup benchmark, adds its own file):

  {
    "format": "warden-bench-1",
    "title": "Speed: whole-process wall time, best of 3",     panel title (metric names are appended)
    "date": "2026-12-04", "machine": "x86_64, 2 cores, ...",  shown under the chart
    "command": "python3 bench/run.py",                        how the numbers were made
    "baseline": "warden:union16",                             optional: plot value / baseline's value
    "runtimes": ["warden:enum", "warden:union16", "wasm3"],   bar order (and the legend)
    "metrics": [                                              one panel each
      {"name": "time", "unit": "s",
       "results": {"fib": {"warden:enum": 0.235, "warden:union16": 0.212, "wasm3": null}}}
    ]
  }

A missing or null value (a runtime that cannot run that benchmark, or failed) leaves a gap. A startup
benchmark would give two metrics, e.g. {"name": "load time", "unit": "s"} and {"name": "peak memory",
"unit": "bytes"}, with or without a baseline.

Usage: bench/chart.py [-o OUT.svg] [RESULTS.json ...]
"""
import argparse
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMAT = "warden-bench-1"


def load(paths):
    files = []
    for p in paths:
        with open(p) as f:
            data = json.load(f)
        if data.get("format") != FORMAT:
            if paths_given:
                print("chart.py: %s is not a %s results file" % (p, FORMAT), file=sys.stderr)
                sys.exit(1)
            continue
        files.append((p, data))
    return files


def panel(ax, data, metric):
    import numpy as np
    runtimes = data["runtimes"]
    results = metric["results"]
    names = list(results)
    base = data.get("baseline")
    width = 0.8 / max(1, len(runtimes))
    x = np.arange(len(names))
    allvals = []
    for i, rt in enumerate(runtimes):
        vals = []
        for n in names:
            v = results[n].get(rt)
            b = results[n].get(base) if base else None
            if v is None or (base and not b):
                vals.append(np.nan)
            else:
                vals.append(v / b if base else v)
        allvals += vals
        bars = ax.bar(x + (i - (len(runtimes) - 1) / 2) * width, vals, width, label=rt)
        if base:
            for rect, v in zip(bars, vals):
                if not np.isnan(v) and rt != base:
                    ax.annotate("%.2g" % v, (rect.get_x() + rect.get_width() / 2, v), ha="center",
                                va="bottom", fontsize=6, rotation=90, xytext=(0, 2), textcoords="offset points")
    finite = [v for v in allvals if not np.isnan(v) and v > 0]
    if base and finite:
        ax.set_ylim(min(finite) / 1.5, max(finite) * 3)   # room for the labels above the tallest bar
    ax.set_xticks(x)
    ax.set_xticklabels(names, rotation=30, ha="right", fontsize=8)
    title = "%s — %s" % (data.get("title", "results"), metric["name"])
    ax.set_title(title, fontsize=10)
    if base:
        ax.set_yscale("log")
        ax.axhline(1.0, color="black", linewidth=0.8)
        ax.set_ylabel("%s / %s's (log; above 1: more)" % (metric["name"], base), fontsize=8)
    else:
        ax.set_ylabel("%s (%s)" % (metric["name"], metric.get("unit", "")), fontsize=8)
    ax.grid(axis="y", which="both", linewidth=0.3, alpha=0.5)
    ax.legend(fontsize=7, ncol=min(len(runtimes), 6), loc="upper left")


def main():
    global paths_given
    ap = argparse.ArgumentParser(description="Draw warden benchmark results as one SVG chart.")
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "bench", "chart.svg"))
    ap.add_argument("results", nargs="*", help="results files (default: out/bench/*.json)")
    args = ap.parse_args()
    paths_given = bool(args.results)
    paths = args.results or sorted(glob.glob(os.path.join(ROOT, "out", "bench", "*.json")))
    files = load(paths)
    if not files:
        print("chart.py: no results files (%s); run bench/run.py first" % (", ".join(paths) or "out/bench/*.json"),
              file=sys.stderr)
        return 1
    try:
        import matplotlib
    except ImportError:
        print("chart.py: matplotlib is missing (Debian: apt-get install python3-matplotlib)", file=sys.stderr)
        return 1
    matplotlib.use("svg")
    matplotlib.rcParams["svg.hashsalt"] = "warden-bench"     # the same results give the same file
    import matplotlib.pyplot as plt

    panels = [(data, m) for _, data in files for m in data["metrics"]]
    fig, axes = plt.subplots(len(panels), 1, figsize=(11, 4.2 * len(panels)), squeeze=False)
    for ax, (data, metric) in zip(axes[:, 0], panels):
        panel(ax, data, metric)
    notes = sorted({"%s, %s: %s" % (d.get("date", "?"), d.get("machine", "?"), d.get("command", "?"))
                    for _, d in files})
    fig.text(0.01, 0.005, "\n".join(notes), fontsize=7, va="bottom")
    fig.tight_layout(rect=(0, 0.03 * len(notes), 1, 1))
    fig.savefig(args.output, format="svg", metadata={"Date": None})
    print("chart.py: wrote %s (%d panel%s from %s)" % (os.path.relpath(args.output, ROOT), len(panels),
                                                       "" if len(panels) == 1 else "s",
                                                       ", ".join(os.path.relpath(p, ROOT) for p, _ in files)))
    return 0


paths_given = False

if __name__ == "__main__":
    sys.exit(main())
