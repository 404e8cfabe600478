#!/usr/bin/env python3
"""hostile.py — the resource-exhaustion suite: hostile modules that try to make warden spend more memory,
time or work than the host's limits and fuel allow, each run through `warden` with its peak resident
memory and CPU time measured.

Every case writes its module (binary, built here byte by byte, so that a 40 KB module can declare
100,000 memories), runs one `warden` command on it and asserts: the exit status, a line of stderr (the
clean error, trap or -1 path expected), and that the process stayed under generous bounds of peak RSS and
CPU time. The bounds are limits of resource use (a case that commits gigabytes or runs unmetered for
minutes fails), not speed targets.

Usage: hostile.py WARDEN OUTDIR [CASE...]   (prints one line per case and "N passed, N failed")
Python 3 standard library only. Writes only under OUTDIR.
"""
import os
import re
import subprocess
import sys
import time

RSS_BOUND_KB = 200 * 1024          # every case: peak resident memory of the warden process
CPU_BOUND_S = 10.0                 # every case: user + system CPU seconds
WALL_BOUND_S = 30.0                # every case: killed after this (a hang fails the case)
TIME = "/usr/bin/time"             # GNU time (Debian package "time")

# ---------------------------------------------------------------- a tiny binary writer


def uleb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def sleb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if (n == 0 and not b & 0x40) or (n == -1 and b & 0x40):
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def vec(items):
    items = list(items)
    return uleb(len(items)) + b"".join(items)


def name(s):
    b = s.encode()
    return uleb(len(b)) + b


def section(sid, payload):
    return bytes([sid]) + uleb(len(payload)) + payload


I32, I64, FUNCREF = 0x7F, 0x7E, 0x70


def functype(params, results):
    return b"\x60" + vec(bytes([p]) for p in params) + vec(bytes([r]) for r in results)


def limits(mn, mx=None):
    return (b"\x00" + uleb(mn)) if mx is None else (b"\x01" + uleb(mn) + uleb(mx))


def body(code, local_groups=()):
    b = vec(uleb(n) + bytes([t]) for n, t in local_groups) + code + b"\x0b"
    return uleb(len(b)) + b


def i32c(v):
    return b"\x41" + sleb(v)


def module(types=(), imports=(), funcs=(), tables=(), mems=(), globals_=(), exports=(), start=None,
           elems=(), codes=(), datas=(), datacount=None):
    """Each argument is a list of already-encoded entries of its section."""
    m = b"\x00asm\x01\x00\x00\x00"
    if types: m += section(1, vec(types))
    if imports: m += section(2, vec(imports))
    if funcs: m += section(3, vec(uleb(t) for t in funcs))
    if tables: m += section(4, vec(tables))
    if mems: m += section(5, vec(mems))
    if globals_: m += section(6, vec(globals_))
    if exports: m += section(7, vec(exports))
    if start is not None: m += section(8, uleb(start))
    if elems: m += section(9, vec(elems))
    if datacount is not None: m += section(12, uleb(datacount))
    if codes: m += section(10, vec(codes))
    if datas: m += section(11, vec(datas))
    return m


def export_func(n, idx):
    return name(n) + b"\x00" + uleb(idx)


def start_module(code, locals_=(), mems=(), tables=(), extra_types=(), elems=(), datas=(), datacount=None,
                 imports=(), nimported_funcs=0):
    """A command module: one function "_start" () -> () with this body."""
    return module(types=[functype([], [])] + list(extra_types), imports=imports, funcs=[0], tables=tables,
                  mems=mems, exports=[export_func("_start", nimported_funcs)], elems=elems,
                  codes=[body(code, locals_)], datas=datas, datacount=datacount)


# instruction bytes
BLOCK, LOOP, END, BR, BR_IF, BR_TABLE = b"\x02\x40", b"\x03\x40", b"\x0b", b"\x0c", b"\x0d", b"\x0e"
DROP, LGET, LSET, CALL = b"\x1a", b"\x20", b"\x21", b"\x10"
I32_ADD, I32_EQ, I32_LT_U = b"\x6a", b"\x46", b"\x49"
MEM_GROW, MEM_FILL, MEM_COPY = b"\x40\x00", b"\xfc\x0b\x00", b"\xfc\x0a\x00\x00"
TABLE_GROW0, TABLE_FILL0 = b"\xfc\x0f\x00", b"\xfc\x11\x00"
REF_NULL_FUNC = b"\xd0\x70"


def grow_loop(grow, stop_after=None):
    """loop { if grow(1) == -1 break; [count, stop at stop_after] }"""
    code = BLOCK + LOOP + i32c(1) + grow + i32c(-1) + I32_EQ + BR_IF + uleb(1)
    if stop_after is not None:
        code += LGET + uleb(0) + i32c(1) + I32_ADD + LSET + uleb(0)
        code += LGET + uleb(0) + i32c(stop_after) + I32_LT_U + BR_IF + uleb(0)
    else:
        code += BR + uleb(0)
    return code + END + END


def wasi_import(fname, params, results, typeidx):
    return name("wasi_snapshot_preview1") + name(fname) + b"\x00" + uleb(typeidx)


def data_active(offset, payload, mem=0):
    head = b"\x00" if mem == 0 else b"\x02" + uleb(mem)
    return head + i32c(offset) + END + uleb(len(payload)) + payload


def wasi_call_module(calls, strings):
    """A WASI command: a memory holding `strings` at their offsets, and _start doing `calls` (encoded
    code that leaves one i32, an errno) then proc_exit with it. calls may use imported functions
    0 = path_open, 1 = path_symlink, 2 = fd_read, 3 = proc_exit (type indices match)."""
    types = [functype([], []),
             functype([I32, I32, I32, I32, I32, I64, I64, I32, I32], [I32]),    # path_open
             functype([I32, I32, I32, I32, I32], [I32]),                         # path_symlink
             functype([I32, I32, I32, I32], [I32]),                              # fd_read
             functype([I32], [])]                                                # proc_exit
    imports = [wasi_import("path_open", None, None, 1), wasi_import("path_symlink", None, None, 2),
               wasi_import("fd_read", None, None, 3), wasi_import("proc_exit", None, None, 4)]
    datas = [data_active(off, s.encode()) for off, s in strings]
    code = calls + CALL + uleb(3)
    return module(types=types, imports=imports, funcs=[0], mems=[limits(1)],
                  exports=[export_func("_start", 4), name("memory") + b"\x02\x00"],
                  codes=[body(code)], datas=datas)


def symlink_call(target_off, target, link_off, link):
    return (i32c(target_off) + i32c(len(target)) + i32c(3) + i32c(link_off) + i32c(len(link)) +
            CALL + uleb(1))


# ---------------------------------------------------------------- the cases
# Each: name -> (module bytes or None, warden arguments with {m} for the module and {d} for a work
# folder, expected exit status, a regular expression stderr must match ('' = stderr empty), setup).

def cases(out):
    c = {}

    def add(cname, mod, args, status, stderr, setup=None):
        c[cname] = (mod, args, status, stderr, setup)

    # Modules are built when their case runs (lambda: ...), so that this process stays small: a child's
    # peak RSS as the kernel reports it includes what it inherited at fork.

    store_high = i32c(-16) + i32c(1) + b"\x36\x02\x00"          # i32.store at 0xfffffff0
    add("memory-65536-pages", lambda: start_module(store_high, mems=[limits(65536)]), ["run", "{m}"], 1,
        r"memory limit exceeded: 65536 pages requested")
    # Declaring the whole 4 GiB costs address space, not memory: with the store-wide limit raised, the
    # store at the top touches one page.
    add("memory-65536-pages-touch-one", lambda: start_module(store_high, mems=[limits(65536)]),
        ["run", "--max-total-memory", "5G", "{m}"], 0, "")
    add("memories-20000-one-page", lambda: module(mems=[limits(1)] * 20000), ["run", "--max-memory", "64K", "--invoke",
        "none", "{m}"], 1, r"memory limit exceeded")
    add("memories-100000-one-page", lambda: module(mems=[limits(1)] * 100000), ["run", "--max-memory", "64K", "--invoke",
        "none", "{m}"], 1, r"memory limit exceeded")
    add("memories-64-of-65536-pages", lambda: module(mems=[limits(65536)] * 64), ["run", "--invoke", "none", "{m}"], 1,
        r"memory limit exceeded")
    # 200 memories without a maximum reserve their room (1 GiB each, the store-wide total) as address
    # space only; the rest of the budget is what is left, so this instantiates.
    add("memories-200-unbounded", lambda: start_module(b"", mems=[limits(1)] * 200), ["run", "{m}"], 0, "")
    add("tables-20-of-10M", lambda: module(tables=[FUNCREF.to_bytes(1, "little") + limits(10_000_000)] * 20),
        ["run", "--invoke", "none", "{m}"], 1, r"table limit exceeded")
    add("tables-100000-one-elem", lambda: module(tables=[b"\x70" + limits(1)] * 100000),
        ["run", "--invoke", "none", "{m}"], 1, r"address space limit exceeded")
    tgrow = (BLOCK + LOOP + REF_NULL_FUNC + i32c(100000) + TABLE_GROW0 + i32c(-1) + I32_EQ + BR_IF + uleb(1) +
             BR + uleb(0) + END + END)
    add("table-grow-to-limit", lambda: start_module(tgrow, tables=[b"\x70" + limits(0)]), ["run", "{m}"], 0, "")
    add("table-grow-fuel", lambda: start_module(tgrow, tables=[b"\x70" + limits(0)]), ["run", "--fuel", "5000", "{m}"], 2,
        r"out of fuel")
    add("memory-grow-to-limit", lambda: start_module(grow_loop(MEM_GROW), mems=[limits(0)]), ["run", "{m}"], 0, "")
    add("memory-grow-2048-fuel", lambda: start_module(grow_loop(MEM_GROW, 2048), locals_=[(1, I32)], mems=[limits(0)]),
        ["run", "--fuel", "5000", "{m}"], 2, r"out of fuel")
    fill = LOOP + i32c(0) + i32c(7) + i32c(0x40000000) + MEM_FILL + BR + uleb(0) + END
    add("memory-fill-1GiB-fuel", lambda: start_module(fill, mems=[limits(16384)]), ["run", "--fuel", "200", "{m}"], 2,
        r"out of fuel")
    copy = LOOP + i32c(0) + i32c(0x20000000) + i32c(0x20000000) + MEM_COPY + BR + uleb(0) + END
    add("memory-copy-512MiB-fuel", lambda: start_module(copy, mems=[limits(16384)]), ["run", "--fuel", "1000", "{m}"],
        2, r"out of fuel")
    tfill = LOOP + i32c(0) + REF_NULL_FUNC + i32c(5_000_000) + TABLE_FILL0 + BR + uleb(0) + END
    add("table-fill-fuel", lambda: start_module(tfill, tables=[b"\x70" + limits(5_000_000)]),
        ["run", "--fuel", "1000", "{m}"], 2, r"out of fuel")
    # memory.init from a 60 KB passive segment, over and over: charged per byte.
    init = LOOP + i32c(0) + i32c(0) + i32c(60000) + b"\xfc\x08\x00\x00" + BR + uleb(0) + END
    add("memory-init-loop-fuel", lambda: start_module(init, mems=[limits(1)], datas=[b"\x01" + uleb(60000) + b"\xab" * 60000],
        datacount=1), ["run", "--fuel", "100000", "{m}"], 2, r"out of fuel")
    # Active data segments are paid for before any is written.
    add("data-segments-fuel", lambda: start_module(b"", mems=[limits(16)], datas=[data_active(0, b"\xcd" * 60000)] * 10),
        ["run", "--fuel", "1000", "{m}"], 2, r"out of fuel: the segments need")
    # Recursion, huge frames.
    rec = module(types=[functype([], [])], funcs=[0], exports=[export_func("_start", 0)],
                 codes=[body(CALL + uleb(0))])
    add("deep-recursion", lambda: rec, ["run", "{m}"], 2, r"call stack exhausted")
    big = module(types=[functype([], [])], funcs=[0], exports=[export_func("_start", 0)],
                 codes=[body(CALL + uleb(0), [(50000, I64)])])
    add("recursion-50000-locals", lambda: big, ["run", "{m}"], 2, r"call stack exhausted")
    toomany = module(types=[functype([], [])], funcs=[0], codes=[body(b"", [(50001, I64)])])
    add("locals-50001", lambda: toomany, ["validate", "{m}"], 1, r"too many locals")
    # Size: a br_table of 1,000,000 targets, 200,000 nested blocks, a million functions, globals, segments.
    brt = BLOCK + i32c(0) + BR_TABLE + vec(uleb(0) for _ in range(1_000_000)) + uleb(0) + END
    add("br-table-1M", lambda: start_module(brt), ["run", "{m}"], 0, "")
    nest = BLOCK * 200_000 + END * 200_000
    add("nested-blocks-200000", lambda: start_module(nest), ["run", "{m}"], 0, "")
    nf = 1_000_000
    add("functions-1M", lambda: module(types=[functype([], [])], funcs=[0] * nf, exports=[export_func("_start", 0)],
        codes=[body(b"")] * nf), ["run", "{m}"], 0, "")
    add("functions-1M-eager", lambda: module(types=[functype([], [])], funcs=[0] * nf, exports=[export_func("_start", 0)],
        codes=[body(b"")] * nf), ["run", "--mode", "eager", "{m}"], 0, "")
    glob = b"\x7f\x01" + i32c(7) + END
    add("globals-1M", lambda: module(types=[functype([], [])], funcs=[0], globals_=[glob] * 1_000_000,
        exports=[export_func("_start", 0)], codes=[body(b"")]), ["run", "{m}"], 0, "")
    add("passive-data-200000", lambda: start_module(b"", mems=[limits(1)], datas=[b"\x01" + uleb(1) + b"x"] * 200_000,
        datacount=200_000), ["run", "{m}"], 0, "")
    add("imports-100000", lambda: module(types=[functype([], [])],
        imports=[name("wasi_snapshot_preview1") + name("sched_yield_%d" % i) + b"\x00\x00" for i in range(100_000)]),
        ["run", "--invoke", "none", "{m}"], 1, r"unknown import")
    # Files the CLI must refuse without reading them.
    add("validate-dev-zero", None, ["validate", "/dev/zero"], 1, r"not a regular file")
    add("validate-fifo", None, ["validate", "{d}/fifo"], 1, r"not a regular file", setup="fifo")
    add("validate-directory", None, ["validate", "{d}"], 1, r"not a regular file")
    add("module-size-cap", lambda: start_module(b"", mems=[limits(1)], datas=[data_active(0, b"z" * 5000)]),
        ["validate", "--max-module-size", "4K", "{m}"], 1, r"more than the 4096 a module may have")
    # WASI: opening a FIFO never blocks the host (read-only open of a FIFO without a writer would).
    fifo_open = (i32c(3) + i32c(0) + i32c(16) + i32c(4) + i32c(0) + b"\x42" + sleb(2) + b"\x42\x00" +
                 i32c(0) + i32c(64) + CALL + uleb(0))
    add("wasi-open-fifo", lambda: wasi_call_module(fifo_open, [(16, "fifo")]), ["run", "--dir", "{d}::.", "{m}"], 0, "",
        setup="fifo")
    # ... and reading it returns at once (no writer: end of file), whatever the guest does.
    fifo_read = (fifo_open + DROP + i32c(128) + i32c(256) + b"\x36\x02\x00" + i32c(132) + i32c(16) +
                 b"\x36\x02\x00" + i32c(64) + b"\x28\x02\x00" + i32c(128) + i32c(1) + i32c(140) + CALL + uleb(2))
    add("wasi-read-fifo", lambda: wasi_call_module(fifo_read, [(16, "fifo")]), ["run", "--dir", "{d}::.", "{m}"], 0, "",
        setup="fifo")
    # The symlink policy (76 = ENOTCAPABLE): a target must stay beneath the directory, from the link's own
    # directory; "../x" from sub/ is fine, "../../x" is not, nor "sub/../../x", nor an absolute path.
    for cname, target, link, status in [("up-two-from-top", "../../etc/passwd", "l1", 76),
                                        ("up-one-from-top", "../etc", "l2", 76),
                                        ("absolute", "/etc/passwd", "l3", 76),
                                        ("up-one-from-sub", "../x", "sub/l4", 0),
                                        ("up-two-from-sub", "../../x", "sub/l5", 76),
                                        ("dotdot-after-name", "sub/../../x", "l6", 76),
                                        ("inside", "sub/x", "l7", 0)]:
        mod = wasi_call_module(symlink_call(16, target, 128, link), [(16, target), (128, link)])
        add("wasi-symlink-" + cname, lambda mod=mod: mod, ["run", "--dir", "{d}::.", "{m}"], status, "", setup="sub")
    # poll_oneoff: a sleep of 1,000 s under --max-sleep 0.2 traps after 0.2 s.
    return c


def sleep_module():
    types = [functype([], []), functype([I32, I32, I32, I32], [I32])]
    imports = [wasi_import("poll_oneoff", None, None, 1)]
    sub = bytearray(48)                       # userdata 0, tag 0 (clock), clock id 1, timeout 1000 s
    sub[16:20] = (1).to_bytes(4, "little")
    sub[24:32] = (1000 * 10**9).to_bytes(8, "little")
    code = i32c(0) + i32c(64) + i32c(1) + i32c(128) + CALL + uleb(0) + DROP
    return module(types=types, imports=imports, funcs=[0], mems=[limits(1)],
                  exports=[export_func("_start", 1)], codes=[body(code)], datas=[data_active(0, bytes(sub))])


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-2])
        return 64
    warden, out = sys.argv[1], sys.argv[2]
    only = set(sys.argv[3:])
    os.makedirs(out, exist_ok=True)
    allc = cases(out)
    allc["wasi-sleep-limit"] = (sleep_module, ["run", "--max-sleep", "0.2", "{m}"], 2, r"sleep limit is used up",
                                None)
    passed = failed = 0
    for cname, spec in allc.items():
        if only and cname not in only:
            continue
        mod, args, want_status, want_err, setup = spec
        work = os.path.join(out, cname)
        if os.path.isdir(work):
            for root, dirs, files in os.walk(work, topdown=False):
                for f in files + dirs:
                    p = os.path.join(root, f)
                    if os.path.isdir(p) and not os.path.islink(p):
                        os.rmdir(p)
                    else:
                        os.unlink(p)
        os.makedirs(work, exist_ok=True)
        if setup == "fifo":
            os.mkfifo(os.path.join(work, "fifo"))
        if setup == "sub":
            os.mkdir(os.path.join(work, "sub"))
        mpath = os.path.join(work, "module.wasm")
        size = 0
        if mod is not None:
            data = mod()
            size = len(data)
            with open(mpath, "wb") as f:
                f.write(data)
            del data
        argv = [warden] + [a.format(m=mpath, d=work) for a in args]
        errpath, statpath = os.path.join(work, "stderr"), os.path.join(work, "usage")
        # GNU time forks warden from a small process of its own and reports that child's peak RSS and
        # CPU time (a child of this Python process would inherit Python's high-water mark).
        timed = [TIME, "-f", "%M %U %S", "-o", statpath, "--"] + argv
        t0 = time.monotonic()
        with open(errpath, "wb") as ef, open(os.devnull, "rb") as nul, open(os.devnull, "wb") as nulw:
            proc = subprocess.Popen(timed, stdin=nul, stdout=nulw, stderr=ef)
            try:
                status = proc.wait(timeout=WALL_BOUND_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                subprocess.run(["pkill", "-KILL", "-f", mpath], check=False)
                proc.wait()
                status = None
        wall = time.monotonic() - t0
        with open(errpath, "rb") as ef:
            err = ef.read().decode(errors="replace")
        rss, cpu = 0, 0.0
        try:
            with open(statpath) as sf:
                last = sf.read().strip().splitlines()[-1].split()
            rss, cpu = int(last[0]), float(last[1]) + float(last[2])
        except (OSError, IndexError, ValueError):
            if status is not None:
                err += "\n(no usage figures from %s)" % TIME
                status = "?"
        # GNU time prints "Command exited with non-zero status N" into its -o file, not into stderr.
        problems = []
        if status is None:
            problems.append("still running after %.0f s (killed)" % WALL_BOUND_S)
        elif status != want_status:
            problems.append("exit %s, expected %d" % (status, want_status))
        if want_err == "" and err.strip():
            problems.append("unexpected stderr")
        elif want_err and not re.search(want_err, err):
            problems.append("stderr does not match /%s/" % want_err)
        if rss > RSS_BOUND_KB:
            problems.append("peak RSS %d MB over the %d MB bound" % (rss // 1024, RSS_BOUND_KB // 1024))
        if cpu > CPU_BOUND_S:
            problems.append("CPU %.1f s over the %.0f s bound" % (cpu, CPU_BOUND_S))
        line = "%-34s %7d B  exit %-4s %6.2f s cpu %5.2f s wall %6.1f MB" % (
            cname, size, status, cpu, wall, rss / 1024)
        if problems:
            failed += 1
            print("FAIL " + line + "  " + "; ".join(problems))
            print("     " + " ".join(argv))
            for l in err.strip().splitlines()[:3]:
                print("     stderr: " + l)
        else:
            passed += 1
            print("ok   " + line)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
