#!/usr/bin/env python3
"""arch.py — the architecture check: warden's files depend on each other in one direction only.

It builds the dependency graph of runtime/, layouts/, capi/, cli/ and the public headers from two
sources:
  * #include "..." lines (a file depends on the header it includes), and
  * symbols between object files: `nm` of out/<variant>/obj/**/*.o; a file whose object uses (U) a
    symbol that another file's object defines depends on that file.
A header and the .c file of the same name in the same folder are one node (arena.h + arena.c =
runtime/arena), so a cycle through a header counts.

The stage order is declared once, in HACKING.md's ```stages block (read here): each line is a stage
name and the file patterns it holds, lowest stage first. Every file must be in exactly one stage. The
check fails (exit 1) on
  * a cycle between nodes (printed with the #include or symbol that makes each edge), and
  * a dependency on a later stage (the same detail),
  * a .c/.h file of runtime/, layouts/, cli/ or capi/ over MAX_LINES lines, and
  * a function over MAX_FUNC_LINES lines (functions whose definition starts at column 0, measured by
    brace matching), except the interpreter's dispatch loop (FUNC_EXEMPT).
Dependencies within one stage are fine as long as they make no cycle.

    tests/tools/arch.py [--obj out/release/obj] [--dot FILE]
"""
import argparse
import collections
import fnmatch
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCOPE = ["runtime/*.c", "runtime/*.h", "runtime/*.def", "layouts/*.c", "layouts/*.h", "capi/*.c",
         "cli/*.c", "cli/*.h", "include/*.h", "include/*.def"]
SIZE_SCOPE = ["runtime/*.c", "runtime/*.h", "layouts/*.c", "layouts/*.h", "cli/*.c", "cli/*.h",
              "capi/*.c", "capi/*.h"]
MAX_LINES, MAX_FUNC_LINES = 1500, 250
FUNC_EXEMPT = {("runtime/exec.c", "run")}


def strip_code(text):
    """The text with comments, string and character literals blanked (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def size_problems(files):
    """Files over MAX_LINES lines; functions (starting at column 0) over MAX_FUNC_LINES lines."""
    probs = []
    head = re.compile(r"^[A-Za-z_][^;=]*?\b([A-Za-z_]\w*)\s*\([^;]*$")
    for f in files:
        text = open(f, encoding="utf-8", errors="replace").read()
        lines = text.count("\n")
        if lines > MAX_LINES:
            probs.append("%s: %d lines (at most %d)" % (f, lines, MAX_LINES))
        code = strip_code(text).split("\n")
        i = 0
        while i < len(code):
            m = head.match(code[i])
            if not m or code[i].startswith(("#", "typedef", "struct", "union", "enum")):
                i += 1
                continue
            # The opening brace of the body: on this line or within the next few (parameters).
            j, depth, start = i, 0, None
            while j < len(code) and j < i + 10 and start is None:
                if ";" in code[j] and "{" not in code[j]:
                    break
                if "{" in code[j]:
                    start = j
                j += 1
            if start is None:
                i += 1
                continue
            j, depth = start, 0
            while j < len(code):
                depth += code[j].count("{") - code[j].count("}")
                if depth <= 0:
                    break
                j += 1
            n = j - i + 1
            names = [x for x in re.findall(r"\b([A-Za-z_]\w*)\s*\(", code[i]) if not x.startswith("__")]
            name = names[0] if names else m.group(1)
            if n > MAX_FUNC_LINES and (f, name) not in FUNC_EXEMPT:
                probs.append("%s:%d: function %s is %d lines (at most %d)" % (f, i + 1, name, n, MAX_FUNC_LINES))
            i = j + 1
    return probs


def read_stages():
    """[(stage, [patterns])] from HACKING.md's ```stages block, lowest first."""
    text = open(os.path.join(ROOT, "HACKING.md"), encoding="utf-8").read()
    m = re.search(r"^```stages\n(.*?)^```", text, re.S | re.M)
    if not m:
        sys.exit("arch.py: HACKING.md has no ```stages block")
    stages = []
    for line in m.group(1).splitlines():
        line = line.split("#", 1)[0].split()
        if line:
            stages.append((line[0], line[1:]))
    return stages


def node_of(path):
    """The node a file belongs to: its path without the extension (x.h and x.c are one node)."""
    return os.path.splitext(path)[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--obj", default="out/release/obj", help="object folder (default out/release/obj)")
    ap.add_argument("--dot", help="also write the node graph as Graphviz to this file")
    args = ap.parse_args()
    os.chdir(ROOT)

    files = sorted({f for p in SCOPE for f in glob.glob(p)})
    stages = read_stages()
    order = {name: i for i, (name, _) in enumerate(stages)}
    stage_of, problems = {}, []
    for f in files:
        hits = [name for name, pats in stages if any(fnmatch.fnmatch(f, p) for p in pats)]
        if len(hits) != 1:
            problems.append("%s: in %s of HACKING.md's stages (must be in exactly one)" %
                            (f, "none" if not hits else " and ".join(hits)))
            continue
        n = node_of(f)
        if n in stage_of and stage_of[n] != hits[0]:
            problems.append("%s: stage %s, but %s is in %s" % (f, hits[0], n, stage_of[n]))
        stage_of[n] = hits[0]

    sized = sorted({f for p in SIZE_SCOPE for f in glob.glob(p)})
    problems += size_problems(sized)

    # edges[(a, b)] = [why, ...]
    edges = collections.defaultdict(list)
    inc = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                m = inc.match(line)
                if not m:
                    continue
                target = os.path.normpath(os.path.join(os.path.dirname(f), m.group(1)))
                if not os.path.exists(target):   # -Iinclude -Iruntime -Ilayouts
                    for d in ("include", "runtime", "layouts"):
                        if os.path.exists(os.path.join(d, m.group(1))):
                            target = os.path.join(d, m.group(1))
                            break
                if target not in files:
                    continue
                a, b = node_of(f), node_of(target)
                w = '%s: #include "%s"' % (f, m.group(1))
                if a != b and w not in edges[(a, b)]:
                    edges[(a, b)].append(w)

    defs, uses = {}, collections.defaultdict(set)
    sources = [f for f in files if f.endswith(".c")]
    for src in sources:
        o = os.path.join(args.obj, os.path.splitext(src)[0] + ".o")
        if not os.path.exists(o):
            problems.append("%s: no object %s (build it first: ninja out/release/warden)" % (src, o))
            continue
        out = subprocess.run(["nm", o], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            p = line.split()
            if len(p) == 3 and p[1] in "TDBRCVWG":
                defs[p[2]] = src
            elif len(p) == 2 and p[0] == "U":
                uses[src].add(p[1])
    for src, syms in uses.items():
        for s in sorted(syms):
            if s in defs and node_of(defs[s]) != node_of(src):
                edges[(node_of(src), node_of(defs[s]))].append("%s uses %s" % (src, s))

    graph = collections.defaultdict(set)
    for a, b in edges:
        graph[a].add(b)

    def why(a, b, most=3):
        w = edges[(a, b)]
        return "; ".join(w[:most]) + ("; ... (%d more)" % (len(w) - most) if len(w) > most else "")

    # Dependencies on a later stage.
    later = []
    for (a, b) in sorted(edges):
        if a in stage_of and b in stage_of and order[stage_of[b]] > order[stage_of[a]]:
            later.append("%s (%s) -> %s (%s): %s" % (a, stage_of[a], b, stage_of[b], why(a, b)))

    # Cycles: strongly connected components (Tarjan), each shown with its edges.
    index, low, onstack, stack, sccs = {}, {}, set(), [], []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        onstack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in onstack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                onstack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(set(graph) | {b for bs in graph.values() for b in bs}):
        if v not in index:
            strong(v)

    print("arch: %d files, %d nodes, %d edges, %d stages (%s)" % (
        len(files), len(stage_of), len(edges), len(stages), " < ".join(n for n, _ in stages)))
    for p in problems:
        print("ERROR: " + p)
    for comp in sccs:
        print("CYCLE: " + " <-> ".join(comp))
        for a in comp:
            for b in sorted(graph[a]):
                if b in comp:
                    print("    %s -> %s: %s" % (a, b, why(a, b)))
    for l in later:
        print("LATER: " + l)
    if args.dot:
        with open(args.dot, "w") as f:
            f.write("digraph warden {\n  rankdir=BT;\n")
            for (a, b) in sorted(edges):
                f.write('  "%s" -> "%s";\n' % (a, b))
            f.write("}\n")
    bad = len(problems) + len(sccs) + len(later)
    print("arch: %d cycles, %d later-stage dependencies, %d errors" % (len(sccs), len(later), len(problems)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
