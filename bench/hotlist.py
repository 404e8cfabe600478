#!/usr/bin/env python3
"""bench/hotlist.py — writes cli/hot-functions.txt: what `warden run` executes and reads on real programs.

    BENCH_SRC=~/bench-src python3 bench/hotlist.py [--only lua,zlib] [--data-only] [--dry-run]

The release `warden` puts the functions listed there together at the start of its text, and the read-only
data they use at the start of its read-only data (configure.py, HOT_LIST), so that a run's code and
constants sit in as few of the kernel's 64 KiB fault-around windows as they can.
Functions: it builds the real programs of bench/real.py (same sources, same cache), runs
out/release/warden on each in each layout, as real.py does, under `valgrind --tool=callgrind
--dump-instr=yes`, keeps every instruction address executed inside warden's own binary, and maps each to
the input section that holds it through out/release/warden.map (the release link writes it;
-ffunction-sections gives every function its own `.text.NAME` section, so an address names its source
file and function, static ones included). Data: the .rodata sections (-fdata-sections) those functions'
relocations name, directly or through other data, read from the release objects with readelf.
Output: "source function" and "source .rodata.SECTION" lines, which configure.py turns into
out/release/hot.ld. Re-run it (then ./configure.py && ninja) when the code a run executes has moved a
lot; a stale list costs resident memory, never correctness. Takes about five minutes (two runs at a time).
"""
import argparse
import bisect
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common   # noqa: E402
import inputs   # noqa: E402
import real     # noqa: E402

ROOT = common.ROOT
MAP = os.path.join(ROOT, "out", "release", "warden.map")
HOT = os.path.join(ROOT, "cli", "hot-functions.txt")
HEADER = """\
# Functions `warden run` executes on the real programs of bench/real.py, as "source function", then the
# read-only data sections they refer to, as "source .rodata.NAME". Written by bench/hotlist.py (callgrind,
# out/release/warden.map, the objects' relocations); read by configure.py, which links them first in the
# release warden's text and read-only data (see HOT_LIST there). Regenerate, do not edit.
# Runs: %s
"""


def link_map(path):
    """[(start, size, source, function)] of the .text.NAME input sections of the link map, by start."""
    out, pending = [], None
    sec = re.compile(r"^ (\.text\.\S+)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+))?\s*$")
    cont = re.compile(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)\s*$")
    with open(path) as f:
        for line in f:
            m = sec.match(line)
            if m:
                pending = m.group(1)
                if m.group(2) is None:
                    continue
                addr, size, objf = m.group(2), m.group(3), m.group(4)
            elif pending:
                m = cont.match(line)
                if not m:
                    pending = None
                    continue
                addr, size, objf = m.groups()
            else:
                continue
            name, pending = pending, None
            src = re.search(r"/obj/(.*)\.o$", objf)
            if src and int(size, 16):
                out.append((int(addr, 16), int(size, 16), src.group(1), name[len(".text."):]))
    return sorted(out)


def executed(callgrind_out, binary):
    """({(executed instruction address, known): callgrind's function name}, lowest address of `main`).

    Callgrind writes the addresses of an object it knows (BINARY: known) relative to where it was
    loaded, that is as link addresses. It knows an object only inside its `.text`, though: code in
    another output section (.text.warden_hot, once a hot list is linked in) comes out as object "???",
    at run-time addresses. Those are kept too; main() rebases them by `main` when main is among them,
    and the mapping drops what is not warden's."""
    names, ob_names = {}, {}
    addrs, main_lo = {}, None
    fn = None
    last = 0
    take = known = False
    pos = re.compile(r"^(0x[0-9a-f]+|[+-]\d+|\*)")

    def named(table, val):
        m = re.match(r"\((\d+)\)(?:\s+(.*))?$", val)
        if not m:
            return val
        if m.group(2) is not None:
            table[m.group(1)] = m.group(2)
        return table.get(m.group(1), "")

    with open(callgrind_out) as f:
        for line in f:
            if line.startswith("ob="):
                ob = named(ob_names, line[3:].strip())
                known = bool(ob) and os.path.realpath(ob) == binary
                take = known or ob == "???"
            elif line.startswith("fn="):
                fn = named(names, line[3:].strip())
            elif line.startswith("cob="):
                named(ob_names, line[4:].strip())
            elif line.startswith("cfn="):
                named(names, line[4:].strip())
            elif line.startswith("calls="):
                # the target position is absolute; the next cost line is the call site (relative as usual)
                continue
            else:
                m = pos.match(line)
                if not m:
                    continue
                p = m.group(1)
                last = int(p, 16) if p.startswith("0x") else last if p == "*" else last + int(p)
                if take:
                    addrs[(last, known)] = fn
                    if fn == "main" and (main_lo is None or (last, known) < main_lo):
                        main_lo = (last, known)
    return addrs, main_lo


def elf_sections(path):
    """{index: name} of an object's sections (readelf -SW)."""
    out = subprocess.run(["readelf", "-SW", path], capture_output=True, text=True, check=True).stdout
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\s*\[\s*(\d+)\]\s+(\S+)", out, re.M)}


def hot_data(pairs, objdir):
    """The read-only data the functions PAIRS [(source, function)] refer to, as [(source, section)]:
    the .rodata targets of each function's relocations and, through data, of that data's, wherever
    they are defined (-ffunction-sections and -fdata-sections give every function, jump table, constant
    and variable its own section; string literals and constant pools are one mergeable section per
    object)."""
    objs = {}
    for dirpath, _, files in os.walk(objdir):
        for f in files:
            path = os.path.join(dirpath, f)
            src = os.path.relpath(path, objdir)[:-2]
            if f.endswith(".o") and src.startswith(("cli/", "runtime/", "layouts/")):   # warden's own
                objs[src] = path
    defined = {}   # global symbol -> (source, section)
    local = {}     # (source, local symbol or section name) -> section
    relocs = {}    # (source, section) -> [target symbol names]
    for src, path in objs.items():
        secs = elf_sections(path)
        local.update(((src, name), name) for name in secs.values())
        syms = subprocess.run(["readelf", "-sW", path], capture_output=True, text=True, check=True).stdout
        for m in re.finditer(r"^\s*\d+:\s+\S+\s+\d+\s+\S+\s+(LOCAL|GLOBAL)\s+\S+\s+(\d+)\s+(\S+)\s*$", syms, re.M):
            sec = secs.get(int(m.group(2)), "")
            if m.group(1) == "GLOBAL":
                defined[m.group(3)] = (src, sec)
            else:
                local[(src, m.group(3))] = sec
        rel = subprocess.run(["readelf", "-rW", path], capture_output=True, text=True, check=True).stdout
        for block in rel.split("Relocation section '")[1:]:
            sec = block.split("'", 1)[0]
            if sec.startswith((".rela.text.", ".rela.rodata", ".rela.data")):
                relocs[(src, sec[len(".rela"):])] = re.findall(r"^[0-9a-f]+\s+[0-9a-f]+\s+\S+\s+[0-9a-f]+\s+(\S+)",
                                                              block, re.M)
    # from the functions through any data they refer to (tables of pointers to strings, say), not
    # through other functions
    todo, seen = [(src, ".text." + fn) for src, fn in pairs], set()
    while todo:
        src, sec = todo.pop()
        for sym in relocs.get((src, sec), []):
            where = (src, local[(src, sym)]) if (src, sym) in local else defined.get(sym)
            if where and where[1].startswith((".rodata", ".data")) and where not in seen:
                seen.add(where)
                todo.append(where)
    return sorted(w for w in seen if w[1].startswith(".rodata"))


def profile(name, layout, prog, wasm, binary, tmp):
    """Runs warden on one program in one layout under callgrind, as bench/real.py runs it; returns the
    executed addresses and main's."""
    out = os.path.join(tmp, "%s-%s.cg" % (name, layout))
    cmd = ["valgrind", "--tool=callgrind", "--dump-instr=yes", "--callgrind-out-file=" + out,
           binary, "run", "--layout", layout, wasm] + prog["args"]
    stdin = open(prog["stdin"], "rb") if prog.get("stdin") else subprocess.DEVNULL
    r = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit("hotlist: %s: warden under callgrind failed: %s" % (name, r.stderr.decode()[-400:]))
    return executed(out, binary)


def profile_all(only, binary):
    """Profiles the real programs in every layout; returns ([(source, function)] executed, [run names])."""
    if not os.path.exists(MAP):
        raise SystemExit("hotlist: build out/release/warden first (ninja); it writes %s" % MAP)
    sections = link_map(MAP)
    starts = [s[0] for s in sections]
    progs = real.programs()
    names = [n for n in only.replace(",", " ").split() if n] or list(progs)
    jobs = []
    for name in names:
        prog = progs[name]
        srcdir = inputs.ensure_source(prog["source"])
        wasm, why = real.build(prog.get("build_as", name), prog, srcdir, "wasm") if srcdir else (None, "no sources")
        if not wasm:
            print("hotlist: %s skipped: %s" % (name, why), file=sys.stderr)
            continue
        jobs += [(name, layout, prog, wasm) for layout in real.LAYOUTS]
    if not jobs:
        raise SystemExit("hotlist: no program to profile")
    main_sec = [s for s in sections if s[2:] == ("cli/warden", "main")]
    if not main_sec:
        raise SystemExit("hotlist: cli/warden's main is not in %s" % MAP)
    hot, used = set(), []
    with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(2) as ex:
        for (name, layout, _, _), (addrs, main_lo) in zip(jobs, ex.map(lambda j: profile(*j, binary, tmp), jobs)):
            name = "%s/%s" % (name, layout)
            if main_lo is None:
                raise SystemExit("hotlist: %s: no executed address in warden's main" % name)
            # known addresses are link addresses; the others are run-time ones, rebased by main's
            # (none of them are warden's when main itself is known)
            base = None if main_lo[1] else main_lo[0] - main_sec[0][0]
            mine, found, other = set(), 0, 0
            for (a, known), fn in addrs.items():
                if not known:
                    if base is None:
                        continue
                    a -= base
                i = bisect.bisect_right(starts, a) - 1
                if i >= 0 and a < sections[i][0] + sections[i][1]:
                    mine.add(sections[i])
                    found += 1
                    other += fn.split("'")[0] != sections[i][3]   # callgrind's name vs the section's
            # the addresses left out are other objects' ("???") and the C runtime's (_start, crtbegin:
            # plain .text, not ours); names that disagree mean a wrong load address or a misread position
            if not found or other * 100 > found:
                raise SystemExit("hotlist: %s: %d addresses in warden's functions, %d of them in another"
                                 % (name, found, other))
            hot |= mine
            used.append(name)
            print("hotlist: %-10s %4d functions, %7d bytes" % (name, len(mine), sum(s[1] for s in mine)),
                  file=sys.stderr)
    print("hotlist: %d functions, %d bytes of text in all" % (len(hot), sum(s[1] for s in hot)), file=sys.stderr)
    return sorted((s[2], s[3]) for s in hot), used


def read_list():
    """The functions of the current list and the runs it was written from."""
    with open(HOT) as f:
        text = f.read()
    runs = re.search(r"^# Runs: (.*)$", text, re.M)
    pairs = [tuple(l.split()) for l in text.splitlines() if l and not l.startswith("#")]
    return [p for p in pairs if len(p) == 2 and not p[1].startswith(".")], (runs.group(1) if runs else "?")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="programs of bench/real.py (default: all that build)")
    ap.add_argument("--dry-run", action="store_true", help="print the list instead of writing it")
    ap.add_argument("--data-only", action="store_true",
                    help="keep the list's functions (no profiling), recompute the data they refer to")
    args = ap.parse_args()
    binary = os.path.realpath(common.WARDEN)
    if not os.path.exists(binary):
        print("hotlist: build out/release/warden first (ninja)", file=sys.stderr)
        return 1
    if args.data_only:
        pairs, runs = read_list()
    else:
        pairs, used = profile_all(args.only, binary)
        progs = list(dict.fromkeys(u.split("/")[0] for u in used))
        runs = "%s; layouts %s" % (", ".join(progs), ", ".join(real.LAYOUTS))
    data = hot_data(pairs, os.path.join(ROOT, "out", "release", "obj"))
    print("hotlist: %d read-only data sections they refer to" % len(data), file=sys.stderr)
    text = HEADER % runs + "".join("%s %s\n" % p for p in pairs + data)
    if args.dry_run:
        sys.stdout.write(text)
    else:
        with open(HOT, "w") as f:
            f.write(text)
        print("hotlist: wrote %s; now ./configure.py && ninja" % os.path.relpath(HOT, ROOT), file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main())
