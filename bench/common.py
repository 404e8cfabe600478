"""bench/common.py — what bench/startup.py and bench/real.py share: peers, measured runs, the machine.

Peers come from BENCH_PEERS="name=command ..." (shlex words; quote a command with options:
BENCH_PEERS='wasm3=/x/wasm3 "wamr=/x/iwasm --stack-size=16777216"'). How a peer is driven is told by its
name or program: wasm3 (`wasm3 [--func NAME] FILE ARGS`), WAMR's iwasm (`iwasm [-f NAME] FILE ARGS`; when
no --stack-size / --heap-size is given, 8 MiB of wasm stack and no app heap are added, so that big
programs are not stopped by its 64 KiB default), anything else `command FILE ARGS` (no load-only run).
A peer whose program does not exist is reported and left out. Python 3 standard library only.
"""
import datetime
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WARDEN = os.path.join(ROOT, "out", "release", "warden")
NO_SUCH_EXPORT = "__wd_bench_none__"     # asked for to stop a runtime right after instantiation


def listed(what):
    """`warden --list-layouts` / `--list-modes` (warden.h's one list of each): (names, the default)."""
    try:
        out = subprocess.run([WARDEN, "--list-" + what], capture_output=True, text=True, timeout=60).stdout
    except OSError as e:
        sys.exit("bench: %s --list-%s: %s (ninja out/release/warden first)" % (WARDEN, what, e))
    rows = [l.split() for l in out.splitlines() if l.strip()]
    return [r[0] for r in rows], next((r[0] for r in rows if r[1:] == ["default"]), rows[0][0] if rows else None)


def suite_enabled(name):
    """BENCH_SUITES=kernels,startup,real picks the suites `ninja bench` runs (all by default)."""
    want = os.environ.get("BENCH_SUITES", "").replace(",", " ").split()
    if want and name not in want:
        print("bench: %s suite skipped (BENCH_SUITES=%s)" % (name, os.environ["BENCH_SUITES"]), file=sys.stderr)
        return False
    return True


class Peer:
    def __init__(self, name, cmd):
        self.name, self.cmd = name, cmd
        prog = os.path.basename(cmd[0]).lower()
        if "wasm3" in prog or name.lower().startswith("wasm3"):
            self.kind = "wasm3"
        elif "iwasm" in prog or name.lower().startswith(("wamr", "iwasm")):
            self.kind = "wamr"
            if not any(w.startswith(("--stack-size", "--heap-size")) for w in cmd[1:]):
                self.cmd = cmd + ["--stack-size=8388608", "--heap-size=0"]
        else:
            self.kind = "generic"

    def run_cmd(self, wasm, args):
        return self.cmd + [wasm] + list(args)

    def load_only_cmd(self, wasm):
        """A command that loads and instantiates WASM and then stops (no such export), or None."""
        if self.kind == "wasm3":
            return self.cmd + ["--func", NO_SUCH_EXPORT, wasm]
        if self.kind == "wamr":
            return self.cmd + ["-f", NO_SUCH_EXPORT, wasm]
        return None

    def load_only_marker(self):
        return {"wasm3": "function lookup failed", "wamr": "lookup function"}.get(self.kind)

    def invoke_cmd(self, wasm, func):
        if self.kind == "wasm3":
            return self.cmd + ["--func", func, wasm]
        if self.kind == "wamr":
            return self.cmd + ["-f", func, wasm]
        return None


def peers():
    out = []
    for spec in shlex.split(os.environ.get("BENCH_PEERS", "")):
        name, _, cmd = spec.partition("=")
        words = shlex.split(cmd)
        if not name or not words:
            print("bench: BENCH_PEERS entry %r is not name=command: ignored" % spec, file=sys.stderr)
            continue
        if not (os.path.exists(words[0]) or shutil.which(words[0])):
            print("bench: peer %s: %s not found: left out" % (name, words[0]), file=sys.stderr)
            continue
        out.append(Peer(name, words))
    return out


class Result:
    """One process run: wall seconds, CPU seconds (user+sys), peak RSS bytes, exit code, outputs."""
    def __init__(self, wall, cpu, rss, rc, out, err):
        self.wall, self.cpu, self.rss, self.rc, self.out, self.err = wall, cpu, rss, rc, out, err


# A child forked from this Python process starts with Python's resident-set high-water mark, which
# survives exec, so its own ru_maxrss is never below Python's (~20 MB). GNU time (Debian package `time`)
# forks the program from a small process and reports the program's own peak: it is used when present.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
if not GNU_TIME:
    print("bench: /usr/bin/time (Debian package time) is missing: peak RSS figures include the Python "
          "parent's ~20 MB floor", file=sys.stderr)


def run(cmd, timeout=600.0, cwd=None, stdin_path=None):
    """Runs CMD, returns (Result, None), or (None, reason). CPU time and wall time from wait4 (GNU time's
    own share is negligible), peak RSS from GNU time when present."""
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe, \
            tempfile.NamedTemporaryFile(mode="r") as ft:
        fin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        if GNU_TIME:
            cmd = [GNU_TIME, "-f", "%M", "-o", ft.name, "--"] + list(cmd)
        try:
            t0 = time.perf_counter()
            try:
                p = subprocess.Popen(cmd, stdout=fo, stderr=fe, stdin=fin, cwd=cwd)
            except OSError as e:
                return None, "cannot start: %s" % e
            deadline = t0 + timeout
            while True:
                pid, status, ru = os.wait4(p.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    p.kill()
                    os.wait4(p.pid, 0)
                    return None, "timeout"
                time.sleep(0.002)
            wall = time.perf_counter() - t0
            p.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if stdin_path:
                fin.close()
        fo.seek(0)
        fe.seek(0)
        rss = ru.ru_maxrss * 1024
        if GNU_TIME:
            words = ft.read().split()
            if words and words[-1].isdigit():
                rss = int(words[-1]) * 1024
        out, err = fo.read().decode(errors="replace"), fe.read().decode(errors="replace")
        if GNU_TIME and p.returncode == 127 and "cannot run" in err:
            return None, "cannot start: %s" % err.strip().splitlines()[-1]
        return Result(wall, ru.ru_utime + ru.ru_stime, rss, p.returncode, out, err), None


def best_of(cmd, repeat, check, timeout=600.0, key="wall", **kw):
    """Best (lowest `key`) of REPEAT runs of CMD whose check(result) returns None; else (None, reason).
    Its peak RSS is the lowest of the REPEAT runs' too: like time, it moves from run to run with things
    outside the program (where ASLR puts the libraries' 64 KiB fault-around windows), never below what
    the program needs."""
    best, rss = None, None
    for _ in range(max(1, repeat)):
        r, why = run(cmd, timeout, **kw)
        if r is None:
            return None, why
        why = check(r)
        if why:
            return None, why
        if best is None or getattr(r, key) < getattr(best, key):
            best = r
        rss = r.rss if rss is None else min(rss, r.rss)
    best.rss = rss
    return best, None


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cc = subprocess.run(["clang", "--version"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ccv = cc.stdout.decode(errors="replace").splitlines()[0] if cc.returncode == 0 else "no clang"
    return "%s UTC — %s, %d cores (%s), %s, %s" % (
        datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), platform.machine(), os.cpu_count() or 0,
        model, platform.platform(), ccv)


def peers_env_text():
    v = os.environ.get("BENCH_PEERS")
    return "BENCH_PEERS=%s " % shlex.quote(v) if v else ""


def mib(b):
    return "%.1f MB" % (b / 1048576.0) if b is not None else "—"
