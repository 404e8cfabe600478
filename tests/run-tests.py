#!/usr/bin/env python3
"""run-tests.py — what `ninja test` runs: every test suite of warden, one after another.

Suites, in order (each runs only if its source exists; a suite whose source exists but whose binary was
not built is an error, never silently skipped):
  unit        out/asan/unit-tests (Criterion), its synthesis line; then out/tsan/threads-tests (the threads
              tests under ThreadSanitizer, on the Criterion stand-in)
  decode      out/asan/wd-decodetest over every out/spec JSON file
  validate    out/asan/wd-validatetest --layout all over every out/spec JSON file
  selftest    out/asan/wd-spectest on a small script whose failing commands are known: the runner must
              fail exactly those, in every layout x mode
  spec        out/asan/wd-spectest --layout all --mode all over the core and proposals/ .wast scripts of
              the testsuite, tests/wast/const_operands.wast and packed.wast (read directly: module text through
              warden's own reader)
              (the files are split over the CPUs, one process each)
  simd        out/asan/wd-spectest --layout all --mode all over the 56 simd/ files
  i386        the 32-bit host (out/i386: gcc -m32, ASan + UBSan): the unit tests (on tests/unit/crlite, as
              Criterion has no i386 package that installs beside the amd64 one), the whole spec testsuite
              in every layout x mode (under a minute), `warden inspect --layouts` reporting a 32-bit host
              with the same record sizes as the 64-bit build, and the tests/capi programs on the 32-bit library
  crosscheck  out/asan/wd-spectest --cross-check: every module wast2json writes (out/spec) decodes to the
              same module, with the same translated code, as warden's text reader makes of it
  roundtrip   every out/spec .wasm that wasm2wat can print, printed and read back by warden's text reader:
              the same module (out/asan/wd-spectest --compare)
  spec3       out/release/wd-spectest --feature-table over ../shared/testsuite-3.0 ($WASM_TESTSUITE3), one
              layout x mode: per feature, commands passed and not passed (unsupported features are
              reported there, not counted as failures of this suite)
  eh          out/asan/wd-spectest --layout all --mode all over the exception files of ../shared/testsuite-3.0
              that need nothing else (throw, throw_ref, legacy/*) and warden's own tests/wast/eh.wast; then
              tests/emcc/exceptions.cpp built with em++ -fwasm-exceptions runs under out/asan/warden in
              every layout x mode with the output of its native build
  features3   out/asan/wd-spectest --layout all --mode all over the 3.0 files of memory64/table64
              (*64.wast, memory64*.wast), relaxed SIMD, proposals/threads, custom-page-sizes and
              wide-arithmetic (commands needing GC's struct/array types: reported, not passed)
  allocfail   out/asan/wd-allocfail over every out/spec .wasm and every module text of the testsuite's
              scripts (the text reader alone): each allocation in turn fails, cleanly
  cli         out/asan/warden on small modules made with wat2wasm and on the WASI guests: exit codes,
              output, messages, every `warden run` option
  kernels     out/release/warden run --layout L --mode M on every benchmark kernel (out/bench/NAME.wasm,
              from $WASM_BENCH or ../shared/bench) in every layout x mode: output byte-identical to
              expected/NAME.txt (runs spread over the CPUs)
  fuel        `warden run --fuel N` stops endless loops with "warden: trap: out of fuel" (exit 2) and leaves
              finished programs' output unchanged
  exhaust     tests/exhaust/hostile.py: hostile modules (huge or many memories and tables, grow and fill
              loops under fuel, deep recursion, huge functions and sections, FIFOs, symlinks, sleeps) run
              by out/release/warden, each ending in a clean error, -1 or out of fuel within bounds of
              peak RSS and CPU time
  escape      out/wasi/escape.wasm through `warden run --dir` / `--dir-ro`: every attempt to leave the
              preopened directory gets an error, nothing outside is read or changed
  install     `DESTDIR=<tmp> ninja install`, then examples/embed.c compiled with pkg-config against the
              installed library and run; the installed warden runs hello.wasm
  capi        `DESTDIR=<tmp> ninja install`, then every tests/capi/*.c (the standard C API's example
              programs in warden's versions, misuse checks, warden's config additions) compiled against
              the installed wasm.h with pkg-config and ASan+UBSan, and run in out/capi (their .wasm files)
  sweep       out/asan/wd-sweep over every spec .wasm: every prefix (sampled past 4 KiB) and 1,000
              seeded byte flips through eager load and promotion in each layout: no crash, no leak
  ossfuzz     the ClusterFuzzLite / OSS-Fuzz build, dry: .clusterfuzzlite/build.sh (which runs
              fuzz/oss-fuzz/build.sh) with OSS-Fuzz's environment (CC, CFLAGS, LIB_FUZZING_ENGINE, OUT, SRC,
              WORK, SANITIZER ...) into out/ossfuzz: one target per fuzz/fuzz_*.c, with its options and
              seed corpus, each of which runs 200 inputs from that corpus cleanly
  gentest     out/release/wd-gentest: 10,000 generated modules must be valid (wabt and warden)
  fuzz        each out/fuzz/fuzz_* for 30 s on its corpus (fuzz/make-corpus.sh) and tests/regress/NAME;
              any finding fails; then out/tsan/fuzz_threads and out/asan/fuzz_threads (no libFuzzer) on
              a fixed seed set (`--seeds 300`): any ThreadSanitizer or ASan/UBSan report or mismatch fails
`tests/run-tests.py SUITE...` runs only the named suites (unit, decode, validate, selftest, spec, simd,
i386, crosscheck, roundtrip, spec3, eh, allocfail, sweep, cli, kernels, fuel, escape, exhaust, install, capi,
ossfuzz, gentest, fuzz); without arguments, all of them.
Ends with one line "N passed, N failed" (individual tests/commands over all suites) and exits 1 if
anything failed. Reads out/ and the sources, writes only under out/ (fuzz work folders, findings,
temporary folders of the cli, fuel, escape and install suites).
Python 3 standard library only.
"""
import configparser
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = "out/spec"
# The spec testsuite's .wast files, read directly by wd-spectest (configure.py passes the folder it found).
TESTSUITE = os.environ.get("WASM_TESTSUITE", os.path.join(ROOT, "..", "shared", "testsuite"))
TESTSUITE3 = os.environ.get("WASM_TESTSUITE3", os.path.join(ROOT, "..", "shared", "testsuite-3.0"))
FUZZ_SECONDS = 30
# Fuzz targets also built without libFuzzer as out/tsan/NAME and out/asan/NAME (configure.py's
# REPLAY_TARGETS), which the fuzz suite runs on a fixed set of REPLAY_SEEDS inputs (`--seeds N`).
REPLAY_TARGETS = ("fuzz_threads",)
REPLAY_SEEDS = 300
MAX_FAIL_LINES = 40          # failure lines shown per suite (all are counted)
COUNTS = re.compile(r"^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$")
SYNTHESIS = re.compile(r"Synthesis: Tested: (\d+) \| Passing: (\d+) \| Failing: (\d+) \| Crashing: (\d+)")


class Suite:
    """One suite's outcome: counts, plus `error` when it could not run or its output made no sense."""

    def __init__(self, name):
        self.name, self.passed, self.failed, self.skipped, self.error, self.note = name, 0, 0, 0, None, ""

    def summary(self):
        if self.error:
            return "%s: ERROR: %s" % (self.name, self.error)
        s = "%s: %d passed, %d failed" % (self.name, self.passed, self.failed)
        if self.skipped:
            s += ", %d skipped" % self.skipped
        return s + (" " + self.note if self.note else "")


def banner(title):
    print("\n==== %s" % title, flush=True)


def run(cmd, timeout, echo=True):
    """Runs cmd (stdout and stderr merged), echoing lines as they come; returns (exit code, lines).
    The exit code is None when it was killed after `timeout` seconds."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         errors="replace", cwd=ROOT)
    killed = []
    timer = threading.Timer(timeout, lambda: (killed.append(True), p.kill()))
    timer.start()
    lines = []
    try:
        for line in p.stdout:
            lines.append(line.rstrip("\n"))
            if echo:
                print(line, end="", flush=True)
        p.wait()
    finally:
        timer.cancel()
    return (None if killed else p.returncode), lines


SANITIZER = ("ERROR: AddressSanitizer", "WARNING: ThreadSanitizer", "ERROR: LeakSanitizer", "SUMMARY: UndefinedBehaviorSanitizer",
             ": runtime error: ")


def sanitizer_report(lines):
    """The first line of a sanitizer report in lines, or None."""
    for l in lines:
        if any(m in l for m in SANITIZER):
            return l.strip()
    return None


def missing_binary(suite, binary, source):
    """True (and suite.error set) when the binary should exist but does not."""
    if os.path.exists(os.path.join(ROOT, binary)):
        return False
    suite.error = "%s was not built (its source %s exists); run ninja first" % (binary, source)
    return True


def spec_files(kind):
    base = os.path.join(ROOT, SPEC)
    if kind == "core":
        files = glob.glob(os.path.join(base, "*.json"))
    elif kind == "proposals":
        files = glob.glob(os.path.join(base, "proposals", "*", "*.json"))
    elif kind == "simd":
        files = glob.glob(os.path.join(base, "simd", "*.json"))
    else:
        files = glob.glob(os.path.join(base, "**", "*.json"), recursive=True)
    return sorted(os.path.relpath(f, ROOT) for f in files)


def wast_files(kind):
    """The testsuite's .wast scripts (core: the top folder; proposals; simd; all)."""
    base = TESTSUITE
    pattern = {"core": "*.wast", "proposals": os.path.join("proposals", "*", "*.wast"),
               "simd": os.path.join("simd", "*.wast")}.get(kind, os.path.join("**", "*.wast"))
    files = glob.glob(os.path.join(base, pattern), recursive=True)
    return sorted(os.path.relpath(f, ROOT) for f in files)


def show_failures(lines):
    fails = [l for l in lines if l.startswith("FAIL ")]
    for l in fails[:MAX_FAIL_LINES]:
        print(l)
    if len(fails) > MAX_FAIL_LINES:
        print("... and %d more failures (run the command above with -v to see them all)"
              % (len(fails) - MAX_FAIL_LINES))
    return fails


def last_counts(lines):
    for l in reversed(lines):
        m = COUNTS.match(l)
        if m:
            return int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    return None


# ---------------------------------------------------------------- suites

def suite_unit():
    s = Suite("unit tests")
    if not glob.glob(os.path.join(ROOT, "tests/unit/*.c")):
        s.note = "(no tests/unit/*.c yet)"
        return s
    if missing_binary(s, "out/asan/unit-tests", "tests/unit/*.c"):
        return s
    rc, lines = run(["out/asan/unit-tests"], timeout=900)
    m = None
    for l in lines:
        m = SYNTHESIS.search(l) or m
    if not m:
        s.error = "no Criterion synthesis line (exit %s)" % rc
        return s
    s.passed, s.failed = int(m.group(2)), int(m.group(3)) + int(m.group(4))
    if rc != 0 and s.failed == 0:
        s.error = "exit status %s although no test failed" % rc
    # The threads tests again under ThreadSanitizer (any report fails them).
    if os.path.exists(os.path.join(ROOT, "tests/unit/test_threads.c")):
        if missing_binary(s, "out/tsan/threads-tests", "tests/unit/test_threads.c"):
            return s
        rc, lines = run(["env", "TSAN_OPTIONS=halt_on_error=1 exitcode=66", "out/tsan/threads-tests"], timeout=600)
        m = None
        for l in lines:
            m = SYNTHESIS.search(l) or m
        if not m or rc != 0 or any("ThreadSanitizer" in l for l in lines):
            s.failed += 1
            s.error = "threads tests under ThreadSanitizer: exit %s" % rc
        else:
            s.passed += int(m.group(2))
    return s


def counted_tool(s, binary, source, args, shown, timeout):
    """Runs a test tool that ends with "N passed, N failed[, N skipped]"."""
    if not os.path.exists(os.path.join(ROOT, source)):
        s.note = "(no %s yet)" % source
        return s
    if missing_binary(s, binary, source):
        return s
    print("$ %s %s" % (binary, shown), flush=True)
    rc, lines = run([binary] + args, timeout=timeout)
    counts = last_counts(lines)
    if rc is None:
        s.error = "timed out after %d s" % timeout
    elif counts is None:
        s.error = "no 'N passed, N failed' line (exit %s)" % rc
    else:
        s.passed, s.failed, s.skipped = counts
        if sanitizer_report(lines):
            s.error = "sanitizer report: " + sanitizer_report(lines)
        elif rc != 0 and s.failed == 0:
            s.error = "exit status %s with no failure counted" % rc
    return s


def suite_decode():
    s = Suite("decoder spec test (asan)")
    files = spec_files("all")
    if not files:
        s.error = "no spec JSON files under %s (run ninja spec-json)" % SPEC
        return s
    return counted_tool(s, "out/asan/wd-decodetest", "tests/tools/wd-decodetest.c", files,
                        "<%d files under %s>" % (len(files), SPEC), timeout=900)


VALIDATE_SUMMARY = re.compile(r"^valid (\d+), invalid (\d+), malformed (\d+): (\d+) mismatch\(es\), "
                              r"(\d+) known deviation")


def suite_validate():
    """wd-validatetest has its own summary line: every module checked, mismatches, known deviations."""
    s = Suite("validator spec test (asan)")
    source, binary = "tests/tools/wd-validatetest.c", "out/asan/wd-validatetest"
    if not os.path.exists(os.path.join(ROOT, source)):
        s.note = "(no %s yet)" % source
        return s
    if missing_binary(s, binary, source):
        return s
    files = spec_files("all")
    print("$ %s --layout all --quiet <%d files under %s>" % (binary, len(files), SPEC), flush=True)
    rc, lines = run([binary, "--layout", "all", "--quiet"] + files, timeout=900)
    m = None
    for l in lines:
        m = VALIDATE_SUMMARY.match(l) or m
    if rc is None:
        s.error = "timed out"
    elif not m:
        s.error = "no summary line (exit %s)" % rc
    elif sanitizer_report(lines):
        s.error = "sanitizer report: " + sanitizer_report(lines)
    else:
        total = int(m.group(1)) + int(m.group(2)) + int(m.group(3))
        s.failed, known = int(m.group(4)), int(m.group(5))
        s.passed = total - s.failed - known
        if known:
            s.note = "(%d known deviation%s, listed by the tool, not counted)" % (known, "" if known == 1 else "s")
    return s


def suite_i386():
    """The 32-bit build: unit tests, every spec file in every layout x mode, and the host it reports."""
    s = Suite("i386 host (unit + spec, 3 layouts x 3 modes)")
    for binary, source in (("out/i386/unit-tests", "tests/unit/*.c"), ("out/i386/wd-spectest",
                           "tests/tools/wd-spectest.c"), ("out/i386/warden", "cli/*.c")):
        if missing_binary(s, binary, source):
            return s
    rc, lines = run(["out/i386/unit-tests"], timeout=1200, echo=False)
    m = None
    for l in lines:
        m = SYNTHESIS.search(l) or m
    print("\n".join(l for l in lines if l.startswith("[FAIL]") or l.startswith("[----]") or "Synthesis" in l))
    if not m or sanitizer_report(lines):
        s.error = "out/i386/unit-tests: %s (exit %s)" % (sanitizer_report(lines) or "no synthesis line", rc)
        return s
    s.passed, s.failed = int(m.group(2)), int(m.group(3)) + int(m.group(4))
    files = wast_files("all")
    if not files:
        s.error = "no .wast files under %s (set WASM_TESTSUITE)" % TESTSUITE
        return s
    spectest(s, "out/i386/wd-spectest", files, timeout=2400)
    p = subprocess.run(["out/i386/warden", "inspect", "--layouts"], cwd=ROOT, capture_output=True, text=True,
                       timeout=60)
    print(p.stdout, end="")
    problems = []
    if p.returncode != 0 or not p.stdout.startswith("host: 32-bit (pointer 4 B, size_t 4 B)"):
        problems.append("exit %d, output %r: not a 32-bit host" % (p.returncode, p.stdout[:80]))
    if os.path.exists(os.path.join(ROOT, "out/release/warden")):
        r = subprocess.run(["out/release/warden", "inspect", "--layouts"], cwd=ROOT, capture_output=True,
                           text=True, timeout=60)
        if r.stdout.splitlines()[1:] != p.stdout.splitlines()[1:]:
            problems.append("record sizes differ from the 64-bit build's: %r" % r.stdout)
    tally(s, "out/i386/warden inspect --layouts", problems)
    # The standard C API programs, on the 32-bit library.
    for src in sorted(glob.glob(os.path.join(ROOT, "tests/capi/*.c"))):
        name = os.path.splitext(os.path.basename(src))[0]
        exe = os.path.join(ROOT, "out/i386/capi-" + name)
        cmd = ["gcc", "-m32", "-msse2", "-mfpmath=sse", "-std=c11", "-g", "-Wall", "-Wextra", "-Werror",
               "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-Iinclude", os.path.relpath(src, ROOT),
               "out/i386/libwarden.a", "-lm", "-o", exe]
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
        if p.returncode != 0:
            tally(s, "i386 capi " + name, ["compile: " + (p.stdout + p.stderr).strip()[-500:]])
            continue
        p = subprocess.run([exe], cwd=os.path.join(ROOT, "out/capi"), capture_output=True, text=True, timeout=300)
        out = (p.stdout + p.stderr).splitlines()
        tally(s, "i386 capi " + name, [] if p.returncode == 0 and not sanitizer_report(out) and
              "%s: ok" % name in p.stdout else ["exit %d: %s" % (p.returncode, sanitizer_report(out) or out[-5:])])
    return s


def text_modules():
    """The testsuite's module texts, one file each (fuzz/wat-seeds.py into out/asan/wat-seeds)."""
    d = "out/asan/wat-seeds"
    shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    subprocess.run([sys.executable, "fuzz/wat-seeds.py", TESTSUITE, d], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return sorted(os.path.relpath(f, ROOT) for f in glob.glob(os.path.join(ROOT, d, "*")))


def over_spec_modules(title, tool, timeout, text=False):
    """A suite running out/asan/<tool> (tests/tools/<tool>.c) over every testsuite module (and, with
    text, every module text of the testsuite's scripts)."""
    s = Suite(title)
    source = "tests/tools/%s.c" % tool
    wasm = sorted(os.path.relpath(f, ROOT) for f in glob.glob(os.path.join(ROOT, SPEC, "**", "*.wasm"),
                                                              recursive=True))
    if not wasm and os.path.exists(os.path.join(ROOT, source)):
        s.error = "no .wasm files under %s (run ninja spec-json)" % SPEC
        return s
    texts = text_modules() if text else []
    shown = "<%d modules under %s%s>" % (len(wasm), SPEC, ", %d module texts" % len(texts) if text else "")
    return counted_tool(s, "out/asan/" + tool, source, wasm + texts, shown, timeout=timeout)


def suite_allocfail():
    return over_spec_modules("allocation-failure injection (asan)", "wd-allocfail", 1200, text=True)


def suite_sweep():
    return over_spec_modules("malformed-input sweep (asan)", "wd-sweep", 1800)


def suite_gentest():
    s = Suite("fuzz generator check (release)")
    return counted_tool(s, "out/release/wd-gentest", "tests/tools/wd-gentest.c", [], "", timeout=900)


def split_by_size(files, n):
    """n groups of files with about equal total bytes (largest first, each to the lightest group)."""
    groups = [[] for _ in range(n)]
    weight = [0] * n
    for f in sorted(files, key=lambda f: -os.path.getsize(os.path.join(ROOT, f))):
        i = weight.index(min(weight))
        groups[i].append(f)
        weight[i] += os.path.getsize(os.path.join(ROOT, f))
    return [g for g in groups if g]


def spectest(s, binary, files, timeout):
    """Runs wd-spectest over files in parallel processes; returns the FAIL lines (or None on error)."""
    jobs = max(1, min(os.cpu_count() or 2, len(files)))
    groups = split_by_size(files, jobs)
    print("$ %s --layout all --mode all -v <%d files, %d processes>" % (binary, len(files), len(groups)),
          flush=True)

    def one(group):
        return run([binary, "--layout", "all", "--mode", "all", "-v"] + sorted(group), timeout, echo=False)

    with ThreadPoolExecutor(len(groups)) as pool:
        outcomes = list(pool.map(one, groups))
    per_file, lines = {}, []
    for (rc, out), group in zip(outcomes, groups):
        lines += out
        counts = last_counts(out)
        if rc is None:
            s.error = "timed out after %d s" % timeout
        elif sanitizer_report(out):
            s.error = "sanitizer report: " + sanitizer_report(out)
        elif counts is None or rc not in (0, 1):
            tail = "; ".join(out[-3:])
            s.error = "wd-spectest exit status %s without a summary (crash?): %s" % (rc, tail)
        else:
            s.passed += counts[0]
            s.failed += counts[1]
            s.skipped += counts[2]
        if s.error:
            print("\n".join(out[-30:]))
        for l in out:
            name = l.split(":", 1)[0]
            if name in group and not l.startswith("FAIL "):
                per_file[name] = l
    for f in files:                   # one line per file, in order
        print(per_file.get(f, "%s: no result" % f))
    return show_failures(lines)


# The runner's own test: a script whose lines marked ";; FAIL" must fail (in every layout x mode) and
# whose other commands must pass, so that a runner that passes everything (or nothing) is caught.
SELF_WAST = r""";; wd-spectest self-test
(module $M
  (import "spectest" "print_i32" (func $p (param i32)))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "qnan") (result f32) (f32.const nan:0x600000))
  (func (export "snan") (result f32) (f32.const nan:0x200000))
  (func (export "cnan") (result f64) (f64.const -nan))
  (func (export "ext") (param externref) (result externref) (local.get 0))
  (func (export "nul") (result funcref) (ref.null func))
  (func (export "div") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
  (func (export "\00a") (result i32) (i32.const 7))
  (func $loop (export "loop") (call $loop))
  (func (export "print") (call $p (i32.const 1)))
  (global (export "g") i64 (i64.const -1))
  (memory (export "mem") 1))
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 4)) ;; FAIL
(assert_return (invoke "qnan") (f32.const nan:arithmetic))
(assert_return (invoke "qnan") (f32.const nan:canonical)) ;; FAIL
(assert_return (invoke "snan") (f32.const nan:arithmetic)) ;; FAIL
(assert_return (invoke "cnan") (f64.const nan:canonical))
(assert_return (invoke "ext" (ref.extern 5)) (ref.extern 5))
(assert_return (invoke "ext" (ref.extern 5)) (ref.extern 6)) ;; FAIL
(assert_return (invoke "ext" (ref.null extern)) (ref.null extern))
(assert_return (invoke "ext" (ref.extern 0)) (ref.null extern)) ;; FAIL
(assert_return (invoke "nul") (ref.null func))
(assert_trap (invoke "div" (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div" (i32.const 0)) "integer overflow") ;; FAIL
(assert_trap (invoke "div" (i32.const 1)) "integer divide by zero") ;; FAIL
(assert_return (invoke "\00a") (i32.const 7))
(assert_exhaustion (invoke "loop") "call stack exhausted")
(assert_return (get "g") (i64.const -1))
(assert_return (get "g") (i64.const 1)) ;; FAIL
(invoke "print")
(register "m" $M)
(module (import "m" "add" (func (param i32 i32) (result i32))) (import "m" "mem" (memory 1)))
(assert_unlinkable (module (import "m" "nope" (func))) "unknown import")
(assert_unlinkable (module (import "m" "add" (func))) "incompatible import type")
(assert_unlinkable (module (import "m" "g" (global i32))) "incompatible import type")
(assert_unlinkable (module (import "m" "add" (func (param i32 i32) (result i32)))) "unknown import") ;; FAIL
(assert_unlinkable (module (import "spectest" "nope" (func))) "unknown import")
(assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
(assert_invalid (module (func (result i32) (i32.const 0))) "type mismatch") ;; FAIL
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version")
(assert_malformed (module binary "\00asm\01\00\00\00") "unknown binary version") ;; FAIL
(assert_malformed (module quote "(func") "unexpected token")
(assert_malformed (module quote "(func)") "unexpected token") ;; FAIL
(assert_malformed (module (func (i32.const 0x))) "unknown operator")
(assert_malformed (module (func (i32.const 0x1_0000_0000))) "constant out of range")
(assert_invalid (module quote "(func (result i32) (i64.const 0))") "type mismatch")
(assert_return (invoke $M "add" (i32.const 1) (i32.const 1)) (either (i32.const 3) (i32.const 2)))
(assert_return (invoke $M "add" (i32.const 1) (i32.const 1)) (either (i32.const 3) (i32.const 4))) ;; FAIL
(assert_trap (module (func $s unreachable) (start $s)) "unreachable")
(assert_trap (module (func $s unreachable) (start $s)) "out of bounds memory access") ;; FAIL
(module $N (func (export "f") (result i32) (i32.const 1)) (func unreachable) (start 1)) ;; FAIL
(assert_return (invoke $N "f") (i32.const 1)) ;; FAIL
(assert_return (invoke $M "add" (i32.const 2) (i32.const 2)) (i32.const 4))
(module definition $D (func (export "one") (result i32) (i32.const 1)))
(module definition (func (result i32) (i64.const 0))) ;; FAIL
(module instance $I1 $D)
(module instance $I2 $D)
(assert_return (invoke $I1 "one") (i32.const 1))
(assert_return (invoke "one") (i32.const 1))
(register "i2" $I2)
(module (import "i2" "one" (func (result i32))))
(module instance $I3 $nope) ;; FAIL
((@a) assert_return (@a "x") (invoke $M (@b) "add" (i32.const 1) (i32.const 2)) (i32.const 3))
(assert_return (invoke $M "nul") (ref.null))
(assert_return (invoke $M "ext" (ref.null extern)) (ref.null))
(assert_return (invoke $M "nul") (ref.struct)) ;; FAIL
(assert_return (invoke $M "nul") (ref.i31 1)) ;; FAIL
(assert_malformed_custom (module quote "(func") "unexpected token")
(assert_malformed_custom (module quote "(@custom \"x\" here)") "@custom annotation: unexpected token")
(thread $T) ;; FAIL
(wait $T) ;; FAIL
"""


def suite_selftest():
    s = Suite("spec runner self-test (asan)")
    if missing_binary(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c"):
        return s
    lines = SELF_WAST.splitlines()
    want_fail = {i + 1 for i, l in enumerate(lines) if l.endswith(";; FAIL")}
    tmp = tempfile.mkdtemp(prefix="selftest-", dir=os.path.join(ROOT, "out/asan"))
    try:
        with open(os.path.join(tmp, "self.wast"), "w") as f:
            f.write(SELF_WAST)
        path = os.path.relpath(os.path.join(tmp, "self.wast"), ROOT)
        print("$ out/asan/wd-spectest --layout all --mode all -v " + path, flush=True)
        rc, out = run(["out/asan/wd-spectest", "--layout", "all", "--mode", "all", "-v", path], 300, echo=False)
        # one command per line that starts a top-level form (the module spans several lines)
        ncommands = sum(1 for l in lines if l.startswith("("))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    combos = {}
    for l in out:
        m = re.match(r"FAIL \S+:(\d+) \[(\S+)\] ", l)
        if m:
            combos.setdefault(m.group(2), set()).add(int(m.group(1)))
    counts = last_counts(out)
    if counts is None or rc != 1 or sanitizer_report(out):
        s.error = "unexpected outcome (exit %s): %s" % (rc, "; ".join(out[-3:]))
        return s
    if len(combos) != 9:
        s.failed += 1
        print("FAIL self-test: failures reported for %d layout x mode combinations, expected 9" % len(combos))
    for combo, got in sorted(combos.items()):
        if got == want_fail:
            s.passed += 1
        else:
            s.failed += 1
            print("FAIL self-test [%s]: lines that should fail but passed: %s; lines that should pass but "
                  "failed: %s" % (combo, sorted(want_fail - got), sorted(got - want_fail)))
            for l in out:
                if l.startswith("FAIL ") and "[%s]" % combo in l and int(l.split(":")[1].split()[0]) in got - want_fail:
                    print("  " + l)
    nskip = 0
    if counts != (9 * (ncommands - len(want_fail) - nskip), 9 * len(want_fail), 9 * nskip):
        s.failed += 1
        print("FAIL self-test: counts %s, expected %s" % (counts, (9 * (ncommands - len(want_fail) - nskip),
                                                                  9 * len(want_fail), 9 * nskip)))
    else:
        s.passed += 1
    return s


def suite_spec():
    s = Suite("spec tests (asan, 3 layouts x 3 modes)")
    if not os.path.exists(os.path.join(ROOT, "tests/tools/wd-spectest.c")):
        s.error = "tests/tools/wd-spectest.c is missing"
        return s
    if missing_binary(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c"):
        return s
    files = wast_files("core") + wast_files("proposals")
    if not files:
        s.error = "no .wast files under %s (set WASM_TESTSUITE)" % TESTSUITE
        return s
    # warden's own: constant operands as immediates (translate.c), every form and operand order; packed
    # operands, every form with its slot pairs below and above 2^16.
    spectest(s, "out/asan/wd-spectest", files + ["tests/wast/const_operands.wast", "tests/wast/packed.wast"],
             timeout=2400)
    return s


def suite_crosscheck():
    """wast2json as a cross-check only: its modules must decode like the ones warden's reader makes."""
    s = Suite("text reader vs wast2json (asan)")
    if missing_binary(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c"):
        return s
    pairs = []
    for w in wast_files("all"):
        rel = os.path.relpath(os.path.join(ROOT, w), TESTSUITE)
        j = os.path.join(SPEC, os.path.splitext(rel)[0] + ".json")
        if not os.path.exists(os.path.join(ROOT, j)):
            s.error = "%s is missing (run ninja spec-json)" % j
            return s
        pairs.append("%s=%s" % (w, j))
    if not pairs:
        s.error = "no .wast files under %s (set WASM_TESTSUITE)" % TESTSUITE
        return s
    return counted_tool(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c", ["--cross-check", "-v"] + pairs,
                        "--cross-check -v <%d FILE.wast=FILE.json pairs>" % len(pairs), timeout=900)


# Modules whose wasm2wat (wabt 1.0.32) text does not say what the binary says; each is printed, not counted.
ROUNDTRIP_WABT = {
    "proposals/extended-const/data.27.wasm": "prints an extended offset as (i32.const 0 i32.const 42 i32.add)",
    "proposals/extended-const/data.28.wasm": "prints an extended offset as one folded form with plain instructions",
    "proposals/extended-const/data.29.wasm": "prints an extended offset as one folded form with plain instructions",
    "proposals/extended-const/data.30.wasm": "prints an extended offset as one folded form with plain instructions",
    "proposals/extended-const/global.0.wasm": "prints an extended initializer as one folded form with plain "
                                              "instructions",
    "proposals/tail-call/return_call_indirect.0.wasm": "drops return_call_indirect's table index",
    "proposals/multi-memory/memory-multi.0.wasm": "prints memory.init's data index before the memory index",
}


def suite_roundtrip():
    """binary -> wasm2wat -> warden's text reader -> binary: the same module (testsuite modules that
    wasm2wat can print; the others are malformed binaries and are counted in the note)."""
    s = Suite("text round trip via wasm2wat (asan)")
    if missing_binary(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c"):
        return s
    if not shutil.which("wasm2wat"):
        s.error = "wasm2wat (wabt) is not installed"
        return s
    wasm = sorted(glob.glob(os.path.join(ROOT, SPEC, "**", "*.wasm"), recursive=True))
    if not wasm:
        s.error = "no .wasm files under %s (run ninja spec-json)" % SPEC
        return s
    tmp = tempfile.mkdtemp(prefix="roundtrip-", dir=os.path.join(ROOT, "out/asan"))
    try:
        def convert(i):
            dst = os.path.join(tmp, "%d.wat" % i)
            r = subprocess.run(["wasm2wat", "--enable-all", wasm[i], "-o", dst],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return (os.path.relpath(wasm[i], ROOT), os.path.relpath(dst, ROOT)) if r.returncode == 0 else None
        with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            pairs = [p for p in pool.map(convert, range(len(wasm))) if p]
        print("$ out/asan/wd-spectest --compare --valid-only -v <%d FILE.wasm=FILE.wat pairs>" % len(pairs),
              flush=True)
        rc, lines = run(["out/asan/wd-spectest", "--compare", "--valid-only", "-v"] + ["%s=%s" % p for p in pairs],
                        900, echo=False)
        counts = last_counts(lines)
        if rc is None or counts is None or sanitizer_report(lines):
            s.error = "unexpected outcome (exit %s): %s" % (rc, sanitizer_report(lines) or "; ".join(lines[-3:]))
            return s
        s.passed = counts[0]
        known = 0
        for l in lines:
            if l.startswith("FAIL "):
                rel = os.path.relpath(os.path.join(ROOT, l.split()[1].rsplit(":", 1)[0]), os.path.join(ROOT, SPEC))
                if rel in ROUNDTRIP_WABT:
                    known += 1
                    print("known wasm2wat deviation %s: %s" % (rel, ROUNDTRIP_WABT[rel]))
                else:
                    s.failed += 1
                    print(l)
        noted = sum(1 for l in lines if l.startswith("note: "))
        s.note = ("(%d of %d modules: wasm2wat cannot print %d, %d are invalid binaries; %d known wasm2wat "
                  "deviations, listed, not counted)" % (counts[0] + s.failed, len(wasm), len(wasm) - len(pairs),
                                                         noted, known))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return s


def suite_eh():
    """Exception handling under ASan in every layout x mode: the 3.0 files that use nothing warden lacks,
    and tests/wast/eh.wast (unwinding through instances, tail calls, delegate, payload shapes, exnref)."""
    s = Suite("exception handling (asan, every layout x mode)")
    if missing_binary(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c"):
        return s
    files = [os.path.join(TESTSUITE3, f) for f in ("throw.wast", "throw_ref.wast", "try_table.wast", "tag.wast",
                                                   "legacy/rethrow.wast",
                                                   "legacy/throw.wast", "legacy/try_catch.wast",
                                                   "legacy/try_delegate.wast")]
    files = [os.path.relpath(f, ROOT) for f in files if os.path.exists(f)] + ["tests/wast/eh.wast"]
    cmd = ["out/asan/wd-spectest", "--enable-exceptions", "--enable-tail-call", "--layout", "all", "--mode", "all"]
    print("$ " + " ".join(cmd + files), flush=True)
    rc, lines = run(cmd + files, 900, echo=False)
    counts = last_counts(lines)
    if rc is None or counts is None or sanitizer_report(lines):
        s.error = "unexpected outcome (exit %s): %s" % (rc, sanitizer_report(lines) or "; ".join(lines[-3:]))
        return s
    s.passed, s.failed = counts[0], counts[1] + counts[2]
    for l in lines:
        if l.startswith("FAIL"):
            print(l)
    # A C++ program using exceptions: em++ -fwasm-exceptions under warden (ASan), every layout x mode,
    # against the same program built natively.
    out = os.path.join(ROOT, "out/asan/emcc")
    wasm, native = os.path.join(out, "exceptions.wasm"), os.path.join(out, "exceptions.native")
    src = "tests/emcc/exceptions.cpp"
    program_vs_native(s, out, [["em++", "-O2", "-fwasm-exceptions", "-sSTANDALONE_WASM", "-o", wasm, src],
                               ["g++", "-O2", "-o", native, src]], [native], [wasm])
    return s


def program_vs_native(s, out, builds, native_cmd, warden_args):
    """Builds a test program (each command of builds, into the folder out), runs native_cmd for the expected
    output, then `out/asan/warden run --layout L --mode M` + warden_args in every layout x mode: one pass
    per combination whose exit status is 0 and whose output equals the native one; counted in s."""
    if missing_binary(s, "out/asan/warden", "cli/warden.c"):
        return
    os.makedirs(out, exist_ok=True)
    for cmd in builds:
        print("$ " + " ".join(cmd), flush=True)
        rc, lines = run(cmd, 600, echo=False)
        if rc != 0:
            s.failed += 1
            print("FAIL: %s (exit %s): %s" % (cmd[0], rc, "; ".join(lines[-3:])))
            return
    rc, want = run(native_cmd, 120, echo=False)
    if rc != 0 or not want:
        s.failed += 1
        print("FAIL: %s (exit %s): %r" % (" ".join(native_cmd), rc, want[-3:]))
        return
    for layout in layouts("out/asan/warden"):
        for mode in modes("out/asan/warden"):
            cmd = ["out/asan/warden", "run", "--layout", layout, "--mode", mode] + warden_args
            rc, got = run(cmd, 300, echo=False)
            if rc == 0 and got == want and not sanitizer_report(got):
                s.passed += 1
            else:
                s.failed += 1
                print("FAIL: %s: exit %s, output %r (native %r)" % (" ".join(cmd), rc, got[-3:], want[-3:]))


# The Wasm 3.0 files of memory64/table64, relaxed SIMD, threads, custom page sizes and wide arithmetic
# (exception handling has its own suite, eh).
FEATURES3_FILES = ("*64.wast", "memory64*.wast", "*relaxed*.wast", "proposals/threads/*.wast",
                   "proposals/custom-page-sizes/*.wast", "proposals/wide-arithmetic/*.wast")
GC_UNSUPPORTED = "(gc) are not supported"


def suite_features3():
    """The 3.0 testsuite's files of memory64/table64, relaxed SIMD, threads, custom page sizes and wide
    arithmetic under ASan in every layout x mode. Commands that need GC's struct or array types (two of
    table_init64.wast's) are reported as not supported (not passed), any other failure fails the suite."""
    s = Suite("Wasm 3.0 features (asan, 3 layouts x 3 modes)")
    if missing_binary(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c"):
        return s
    files = sorted({os.path.relpath(f, ROOT) for pat in FEATURES3_FILES
                    for f in glob.glob(os.path.join(TESTSUITE3, pat))})
    if not files:
        s.error = "no .wast files under %s (set WASM_TESTSUITE3)" % TESTSUITE3
        return s
    fails = spectest(s, "out/asan/wd-spectest", files, timeout=2400) or []
    gc = [l for l in fails if GC_UNSUPPORTED in l]
    s.failed -= len(gc)
    if gc:
        s.note = "(%d not passed: they need GC's struct/array types, not supported)" % len(gc)
    return s


def suite_wasm64():
    """A C program built by clang for wasm64 (tests/clang/heapsort64.c: an i64 memory grown past its initial
    pages, 64-bit pointers), run with --invoke under ASan in every layout x mode, against its native build."""
    s = Suite("wasm64 program (clang --target=wasm64, asan, every layout x mode)")
    out = os.path.join(ROOT, "out/asan/clang")
    src, wasm, native = "tests/clang/heapsort64.c", os.path.join(out, "heapsort64.wasm"), \
        os.path.join(out, "heapsort64.native")
    program_vs_native(s, out, [["clang", "--target=wasm64", "-O2", "-nostdlib", "-Wl,--no-entry",
                                "-Wl,--export=run", "-o", wasm, src], ["cc", "-O2", "-o", native, src]],
                      [native, "200000"], ["--invoke", "run", wasm, "200000"])
    return s


# tests/threads/spawn.wat: (argv[1], options, stdout, exit status, what stderr must say)
THREAD_CASES = (
    ("a", [], "spawn ok\n", 0, None),
    ("l", ["--max-threads", "2"], "limit ok\n", 0, None),
    ("f", ["--fuel", "100000"], "fuel ok\n", 0, None),
    ("f", ["--fuel", "50000"], "", 2, "trap: out of fuel (in thread 1)"),
    ("F", ["--fuel", "100000"], "", 2, "trap: out of fuel (in thread 1)"),
    ("x", [], "", 7, None),
    ("t", [], "", 2, "trap: unreachable (in thread 1)"),
    ("s", [], "", 3, None),
    ("g", [], "grow ok\n", 0, None),
)


THREAD_BAD_MODULES = (
    ("em_unknown", '(module (import "env" "emscripten_get_now" (func (result f64)))'
                   ' (import "env" "mystery" (func)) (import "env" "memory" (memory 1 1 shared))'
                   ' (func (export "main") (param i32 i32) (result i32) (i32.const 0)))', ["--enable-threads"]),
    ("em_badtype", '(module (import "env" "emscripten_get_now" (func (result i32)))'
                   ' (func (export "main") (param i32 i32) (result i32) (i32.const 0)))', []),
    ("wt_nostart", '(module (import "wasi" "thread-spawn" (func (param i32) (result i32)))'
                   ' (import "env" "memory" (memory 1 1 shared)) (func (export "_start")))', ["--enable-threads"]),
    ("wt_unshared", '(module (import "wasi" "thread-spawn" (func (param i32) (result i32)))'
                    ' (import "env" "memory" (memory 1 1)) (func (export "_start"))'
                    ' (func (export "wasi_thread_start") (param i32 i32)))', []),
)
THREAD_BAD_CASES = (
    ("em_unknown", 1, "unknown import: env::mystery (warden's emscripten host does not provide it)"),
    ("em_badtype", 1, "env::emscripten_get_now has type (:i), the host's is (:d)"),
    ("wt_nostart", 1, "wasi_thread_start (a module that imports wasi::thread-spawn must export it)"),
    ("wt_unshared", 1, "the host provides only a shared i32 memory of 64 KiB pages with a maximum"),
)


def suite_threads():
    """Guest threads through `warden run`: the wasi-threads program tests/threads/spawn.wat (spawn, the
    thread limit, per-thread fuel, proc_exit and a trap in a thread, interrupting a spinning thread,
    threads growing the shared memory while main reads it) and
    tests/emcc/pthreads.c built with emcc -pthread against the same program built natively; every layout
    x mode, under the ASan+UBSan and the ThreadSanitizer builds of the command."""
    s = Suite("guest threads (asan and tsan warden, 3 layouts x 3 modes)")
    for b in ("out/asan/warden", "out/tsan/warden"):
        if missing_binary(s, b, "cli/*.c"):
            return s
    out = os.path.join(ROOT, "out/asan/threads")
    os.makedirs(out, exist_ok=True)
    spawn = os.path.join(out, "spawn.wasm")
    wasm, native = os.path.join(out, "pthreads.wasm"), os.path.join(out, "pthreads.native")
    # -g: emcc 3.1.6's JS minifier fails under node 20 at -O2 without it (the .wasm is what we run).
    builds = [["wat2wasm", "--enable-threads", "-o", spawn, "tests/threads/spawn.wat"],
              ["emcc", "-O2", "-g", "-pthread", "-sPTHREAD_POOL_SIZE=7", "-o",
               os.path.join(out, "pthreads.js"), "tests/emcc/pthreads.c"],
              ["cc", "-O2", "-pthread", "-o", native, "tests/emcc/pthreads.c"]]
    for cmd in builds:
        print("$ " + " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd), flush=True)
        rc, lines = run(cmd, 600, echo=False)
        if rc != 0:
            s.failed += 1
            print("FAIL: %s (exit %s): %s" % (cmd[0], rc, "; ".join(lines[-3:])))
            return s
    want = subprocess.run([native], capture_output=True, text=True, timeout=60)
    env = dict(os.environ, TSAN_OPTIONS="halt_on_error=1 exitcode=66")
    # What warden says about a threaded program it cannot run.
    files = make_wasm(out, THREAD_BAD_MODULES)
    for key, status, err in THREAD_BAD_CASES:
        args = ["run", files[key]]
        tally(s, "out/asan/warden " + " ".join(args), run_cli("out/asan/warden", args, "", status, err, env=env))
    for warden in ("out/asan/warden", "out/tsan/warden"):
        for layout in layouts(warden):
            for mode in modes(warden):
                opts = ["run", "--layout", layout, "--mode", mode]
                for arg, extra, stdout, status, err in THREAD_CASES:
                    args = opts + extra + [spawn, arg]
                    tally(s, "%s %s" % (warden, " ".join(args)),
                          run_cli(warden, args, stdout, status, err, env=env, timeout=120))
                args = opts + [wasm]
                tally(s, "%s %s" % (warden, " ".join(args)),
                      run_cli(warden, args, want.stdout, want.returncode, None, env=env, timeout=300))
    return s


def suite_spec3():
    """The Wasm 3.0 testsuite, file by file, with the per-feature table. What warden does not support yet
    is reported in the table (not passed, under its feature), not counted as this suite's failures; the
    suite fails if the runner crashes, a sanitizer reports, or the table is missing."""
    s = Suite("Wasm 3.0 testsuite, per feature (release, default layout and mode)")
    if missing_binary(s, "out/release/wd-spectest", "tests/tools/wd-spectest.c") or \
       missing_binary(s, "out/release/warden", "cli/warden.c"):
        return s
    files = sorted(os.path.relpath(f, ROOT) for f in glob.glob(os.path.join(TESTSUITE3, "**", "*.wast"),
                                                               recursive=True))
    if not files:
        s.error = "no .wast files under %s (set WASM_TESTSUITE3)" % TESTSUITE3
        return s
    cmd = ["out/release/wd-spectest", "--feature-table", "--layout", default("out/release/warden", "layouts"),
           "--mode", default("out/release/warden", "modes")]
    print("$ %s <%d files under %s>" % (" ".join(cmd), len(files), TESTSUITE3), flush=True)
    rc, lines = run(cmd + files, 1200, echo=False)
    counts = last_counts(lines)
    table = [l for l in lines if l.startswith("|")]
    if rc is None or counts is None or not table or rc not in (0, 1) or sanitizer_report(lines):
        s.error = "unexpected outcome (exit %s): %s" % (rc, sanitizer_report(lines) or "; ".join(lines[-3:]))
        return s
    print("\n".join(table))
    s.passed = counts[0]
    s.note = "(%d commands not passed: features warden does not support yet, per the table)" % counts[1]
    return s


def suite_simd():
    s = Suite("SIMD spec tests (asan, 3 layouts x 3 modes)")
    if missing_binary(s, "out/asan/wd-spectest", "tests/tools/wd-spectest.c"):
        return s
    files = wast_files("simd")
    if not files:
        s.error = "no SIMD .wast files under %s/simd (set WASM_TESTSUITE)" % TESTSUITE
        return s
    spectest(s, "out/asan/wd-spectest", files, timeout=2400)
    return s


CLI_WAT = """(module
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "id_i32") (param i32) (result i32) (local.get 0))
  (func (export "id_i64") (param i64) (result i64) (local.get 0))
  (func (export "id_f32") (param f32) (result f32) (local.get 0))
  (func (export "id_f64") (param f64) (result f64) (local.get 0))
  (func (export "two") (result i32 f64) (i32.const 7) (f64.const 2.5))
  (memory 1) (data (i32.const 0) "warden"))
"""
CLI_INVALID_WAT = "(module (func (result i32) (i64.const 0)))"
# Text that is not well-formed: an unknown instruction on line 3, column 7.
CLI_MALFORMED_WAT = "(module\n  (func (result i32)\n    (i32.frob (i32.const 1))))\n"
# Limits: memory.grow, recursion depth; a WASI command whose _start never returns.
CLI_LIMITS_WAT = """(module
  (memory (export "memory") 1)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func $rec (export "rec") (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1)))))
      (else (i32.const 0))))
  (func (export "spin") (loop (br 0)))
  (func (export "_start") (loop (br 0))))
"""
# --invoke with WASI imports: fd_write from an exported function, proc_exit with a status.
CLI_WASI_WAT = """(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hi from invoke\\n")
  (func (export "say") (result i32)
    (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 15))
    (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
  (func (export "quit") (param i32) (call $exit (local.get 0))))
"""
CLI_ENV_WAT = '(module (import "env" "f" (func)) (func (export "_start")))'
# threads: a wait nobody can notify (without --max-sleep it would block for good)
CLI_THREADS_WAT = """(module (memory 1 1 shared)
  (func (export "wait") (result i32) (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
  (func (export "unaligned") (result i32) (i32.atomic.load (i32.const 2))))
"""
CLI_MODULES = (("ok", CLI_WAT, []), ("bad", CLI_INVALID_WAT, ["--no-check"]), ("lim", CLI_LIMITS_WAT, []),
               ("wasi", CLI_WASI_WAT, []), ("env", CLI_ENV_WAT, []), ("thr", CLI_THREADS_WAT, ["--enable-threads"]))
# Features a module uses (warden inspect), and switching them (--enable-/--disable-/--features).
CLI_FEAT_WAT = """(module
  (memory 1) (memory 1)
  (func $v (result v128) (v128.const i64x2 1 2))
  (func (export "t") (result v128) (return_call $v)))
"""
# Wide arithmetic: wat2wasm does not know it, so only the text goes to warden (CLI_TEXT_ONLY).
CLI_WIDE_WAT = """(module
  (func (export "mul") (param i64 i64) (result i64 i64) (i64.mul_wide_s (local.get 0) (local.get 1)))
  (func (export "add") (param i64 i64 i64 i64) (result i64 i64)
    (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
"""
CLI_MODULES += (("feat", CLI_FEAT_WAT, ["--enable-multi-memory", "--enable-tail-call"]),)
CLI_TEXT_ONLY = (("wide", CLI_WIDE_WAT),)
HELLO = "out/examples/hello.wasm"


class Has:
    """An expected output that must contain every one of these texts (instead of being equal to one)."""

    def __init__(self, *texts):
        self.texts = texts

    def check(self, got):
        return all(t in got for t in self.texts)

    def __repr__(self):
        return "text containing " + ", ".join(map(repr, self.texts))


# (arguments after `warden`, expected exit status, stdout: equal to a text or Has(...), stderr must contain)
CLI_CASES = [
    (["--version"], 0, None, None),
    (["--help"], 0, Has("run [OPTIONS] FILE.wasm", "validate", "inspect"), None),
    (["help", "run"], 0, Has("--invoke NAME", "--fuel N", "--dir HOST[::GUEST]", "--dir-ro", "--env NAME=VALUE",
                             "--max-memory SIZE", "--max-stack SIZE", "--max-depth N", "--stats"), None),
    (["run", "--help"], 0, Has("usage: warden run [OPTIONS] FILE.wasm [ARGS...]"), None),
    (["help", "nope"], 64, "", "no command"),
    (["validate", "{ok}"], 0, "{ok}: valid\n", None),
    (["validate", "{bad}"], 1, "", "type mismatch"),
    (["validate", "{bad}"], 1, "", " at offset 0x"),
    # --invoke: typed arguments and results
    (["run", "--invoke", "add", "{ok}", "2", "40"], 0, "42\n", None),
    # text modules: read by warden's own reader; malformed text names file:line:column
    (["run", "--invoke", "add", "{ok_wat}", "2", "40"], 0, "42\n", None),
    (["run", "--layout", "packed", "--mode", "lazy", "--invoke", "two", "{ok_wat}"], 0, "7\n2.5\n", None),
    (["validate", "{ok_wat}"], 0, "{ok_wat}: valid\n", None),
    (["validate", "{bad_wat}"], 1, "", "type mismatch"),
    (["inspect", "{ok_wat}"], 0, Has("sections:", "export"), None),
    (["run", "--invoke", "f", "{malformed_wat}"], 1, "", "warden: {malformed_wat}:3:6: unknown operator: i32.frob"),
    (["validate", "{malformed_wat}"], 1, "", "{malformed_wat}:3:6: unknown operator"),
    (["run", "--invoke=add", "{ok}", "-1", "0x7fffffff"], 0, "2147483646\n", None),
    (["run", "--invoke", "id_i32", "{ok}", "0xffffffff"], 0, "-1\n", None),
    (["run", "--max-sleep", "0.05", "--invoke", "wait", "{thr}"], 0, "2\n", None),
    (["run", "--max-sleep", "0.05", "--invoke", "wait", "{thr_wat}"], 0, "2\n", None),
    (["run", "--invoke", "unaligned", "{thr}"], 2, "", "unaligned atomic"),
    (["run", "--invoke", "id_i64", "{ok}", "-9223372036854775808"], 0, "-9223372036854775808\n", None),
    (["run", "--invoke", "id_f32", "{ok}", "1.5"], 0, "1.5\n", None),
    (["run", "--invoke", "id_f32", "{ok}", "0.1"], 0, "0.1\n", None),
    (["run", "--invoke", "id_f32", "{ok}", "-inf"], 0, "-inf\n", None),
    (["run", "--invoke", "id_f32", "{ok}", "0x7fc00000"], 0, "nan\n", None),
    (["run", "--invoke", "id_f32", "{ok}", "0xffa00000"], 0, "-nan:0x200000\n", None),
    (["run", "--invoke", "id_f64", "{ok}", "0.1"], 0, "0.1\n", None),
    (["run", "--invoke", "id_f64", "{ok}", "-0"], 0, "-0\n", None),
    (["run", "--invoke", "id_f64", "{ok}", "nan:0x1"], 0, "nan:0x1\n", None),
    (["run", "--layout", "packed", "--mode", "lazy", "--invoke", "two", "{ok}"], 0, "7\n2.5\n", None),
    (["run", "--layout=enum", "--mode=eager", "--invoke", "add", "--", "{ok}", "1", "2"], 0, "3\n", None),
    (["run", "{ok}", "--invoke", "add", "2", "40"], 0, "42\n", None),          # the older order, no _start
    (["run", "--invoke", "div", "{ok}", "1", "0"], 2, "", "warden: trap: integer divide by zero"),
    (["run", "--invoke", "div", "{ok}", "-2147483648", "-1"], 2, "", "warden: trap: integer overflow"),
    (["run", "--invoke", "add", "{ok}", "1"], 64, "", "takes 2 arguments"),
    (["run", "--invoke", "add", "{ok}", "1", "x"], 64, "", "not a valid i32"),
    (["run", "--invoke", "nope", "{ok}"], 1, "", "no export"),
    (["run", "--invoke", "two", "{bad}"], 1, "", "warden: {bad}: type mismatch"),
    (["run", "--invoke", "two", "{bad}"], 1, "", " at offset 0x"),
    (["run", "{ok}"], 1, "", "no _start export"),
    (["run", "{env}"], 1, "", "unknown import env::f"),
    (["run", "nonexistent.wasm"], 1, "", "nonexistent.wasm: No such file"),
    (["validate", "/dev/null"], 1, "", "/dev/null: not a regular file"),     # files are mapped, not read
    (["validate", "out"], 1, "", "out: not a regular file"),
    # --invoke with WASI imports
    (["run", "--invoke", "say", "{wasi}"], 0, "hi from invoke\n0\n", None),
    (["run", "--invoke", "quit", "{wasi}", "3"], 3, "", None),
    # WASI programs: argv, environment, exit status; everything after FILE is the program's
    (["run", HELLO], 0, "Hello from WebAssembly!\n", None),
    (["run", HELLO, "world"], 0, "Hello, world!\n", None),
    (["run", "--layout", "packed", "--mode", "eager", HELLO, "a", "b"], 0, "Hello, a and b!\n", None),
    (["run", HELLO, "--fuel", "x"], 0, "Hello, --fuel and x!\n", None),
    (["run", "--env", "WARDEN_TEST=42", "--env=EMPTY=", "out/wasi/args_env.wasm", "a b"], 0,
     "argc=2\nargv[0]=out/wasi/args_env.wasm\nargv[1]=a b\nenv=WARDEN_TEST=42\nenv=EMPTY=\nenvc=2\n"
     "WARDEN_TEST=42\n", None),
    (["run", "--env", "WARDEN_CLI_INHERITED", "--env", "WARDEN_CLI_UNSET", "out/wasi/args_env.wasm"], 0,
     Has("env=WARDEN_CLI_INHERITED=from the host\nenvc=1\n"), None),
    (["run", "out/wasi/exit_code.wasm", "7"], 7, "exiting with 7\n", None),
    (["run", "out/wasi/exit_code.wasm", "300"], 44, "exiting with 300\n", None),
    (["run", "--stats", HELLO], 0, "Hello from WebAssembly!\n",
     "translated of"),
    (["run", "--stats", "--mode", "eager", HELLO], 0, None, "validate and translate every function"),
    (["run", "--stats", HELLO], 0, None, "peak RSS"),
    (["run", "--stats", HELLO], 0, None, "module arena"),
    # limits
    (["run", "--invoke", "grow", "{lim}", "1"], 0, "1\n", None),
    (["run", "--max-memory", "2p", "--invoke", "grow", "{lim}", "1"], 0, "1\n", None),
    (["run", "--max-memory", "2p", "--invoke", "grow", "{lim}", "2"], 0, "-1\n", None),
    (["run", "--max-memory", "128K", "--invoke", "grow", "{lim}", "2"], 0, "-1\n", None),
    (["run", "--max-memory=196607", "--invoke", "grow", "{lim}", "2"], 0, "-1\n", None),   # 2.99 pages: 2
    (["run", "--max-memory", "1M", "--invoke", "grow", "{lim}", "15"], 0, "1\n", None),
    (["run", "--max-memory", "1MiB", "--invoke", "grow", "{lim}", "16"], 0, "-1\n", None),
    (["run", "--max-depth", "50", "--invoke", "rec", "{lim}", "100"], 2, "", "warden: trap: call stack exhausted"),
    (["run", "--max-depth", "200", "--invoke", "rec", "{lim}", "100"], 0, "100\n", None),
    (["run", "--max-stack", "4K", "--invoke", "rec", "{lim}", "10000"], 2, "", "warden: trap: call stack exhausted"),
    (["run", "--max-stack", "4M", "--invoke", "rec", "{lim}", "10000"], 0, "10000\n", None),
    # usage errors
    (["run"], 64, "", "no file"),
    (["run", "--bogus", "{ok}"], 64, "", "unknown option --bogus"),
    (["run", "--fuel"], 64, "", "--fuel needs a value"),
    (["run", "--fuel", "lots", "{ok}"], 64, "", "--fuel needs a number"),
    (["run", "--max-memory", "12Q", "{ok}"], 64, "", "--max-memory needs a size"),
    (["run", "--max-memory", "1000", "{ok}"], 64, "", "at least one 64 KiB page"),
    (["run", "--max-stack", "0", "{ok}"], 64, "", "--max-stack needs a size"),
    (["run", "--max-depth", "0", "{ok}"], 64, "", "--max-depth needs a number"),
    (["run", "--env", "=x", "{ok}"], 64, "", "--env needs NAME=VALUE"),
    (["run", "--dir", "::/x", "{ok}"], 64, "", "--dir needs HOST"),
    (["run", "--layout", "nope", "{ok}"], 64, "", "unknown layout"),
    (["run", "--mode", "nope", "{ok}"], 64, "", "unknown mode"),
    (["run", "--invoke", "a", "--invoke", "b", "{ok}"], 64, "", "given twice"),
    (["run", "--dir", "out/no/such/dir", HELLO], 1, "", "out/no/such/dir"),
    (["inspect", "{ok}"], 0, None, None),
    (["inspect", "{ok}", "--disasm", "add"], 0, None, None),
    (["inspect", "--layouts"], 0, None, None),
    # the one list of layouts and of modes (warden.h), the default marked; help and errors name them
    (["--list-layouts"], 0, "enum\nunion16 default\npacked\n", ""),
    (["--list-modes"], 0, "eager\nlazy-translation default\nlazy\n", ""),
    (["help", "run"], 0, Has("function-record layout: enum, union16, packed\n", "eager, lazy-translation, lazy"), None),
    (["run", "--mode", "nope", "{ok}"], 64, "", "(one of: eager lazy-translation lazy)"),
    (["frobnicate"], 64, "", "unknown command"),
    # features: what a module uses, switches on every command, messages naming a disabled feature
    (["inspect", "{ok}"], 0, Has("\nfeatures: none\n"), None),
    (["inspect", "{feat}"], 0, Has("\nfeatures: simd, tail-call, multi-memory\n"), None),
    (["inspect", "--mode", "lazy", "{wide_wat}"], 0, Has("\nfeatures: wide-arithmetic\n"), None),
    (["inspect", "--help"], 0, Has("--enable-FEATURE", "--features LIST", "wide-arithmetic"), None),
    (["help", "validate"], 0, Has("--disable-FEATURE", "multi-memory", "threads"), None),
    (["help", "run"], 0, Has("--enable-FEATURE", "--features LIST", "relaxed-simd"), None),
    (["--help"], 0, Has("--enable-FEATURE"), None),
    (["run", "--invoke", "mul", "{wide_wat}", "-3", "0x8000000000000000"], 0,
     "-9223372036854775808\n1\n", None),
    (["run", "--invoke", "add", "{wide_wat}", "-1", "0", "1", "0"], 0, "0\n1\n", None),
    (["run", "--disable-wide-arithmetic", "--invoke", "mul", "{wide_wat}", "1", "2"], 1, "",
     "illegal opcode: 0xfc 0x15 needs feature wide-arithmetic (disabled)"),
    (["validate", "--features", "none", "{wide_wat}"], 1, "", "needs feature wide-arithmetic (disabled)"),
    (["validate", "--features=all,-simd", "{feat}"], 1, "", "0xfd 0xc needs feature simd (disabled)"),
    (["validate", "--features=all,-multi-memory", "{feat}"], 1, "",
     "2 memories need feature multi-memory (disabled)"),
    (["validate", "--disable-tail-call", "--features", "+tail-call", "{feat}"], 0, Has("valid"), None),
    (["inspect", "--disable-tail-call", "{feat}"], 1, "", "0x12 needs feature tail-call (disabled)"),
    (["validate", "--features", "bogus", "{ok}"], 64, "", "unknown feature 'bogus'"),
    (["validate", "--enable-nope", "{ok}"], 64, "", "unknown feature 'nope'"),
    (["run", "--features"], 64, "", "needs a value"),
]


def run_cli(warden, args, out, status, err, env=None, timeout=120):
    """Runs one `warden` command; returns the list of problems (empty when it behaved)."""
    p = subprocess.run([warden] + args, cwd=ROOT, capture_output=True, text=True, errors="replace",
                       timeout=timeout, env=env)
    problems = []
    if p.returncode != status:
        problems.append("exit %d, expected %d" % (p.returncode, status))
    if isinstance(out, Has):
        if not out.check(p.stdout):
            problems.append("stdout %r, expected %r" % (p.stdout[:300], out))
    elif out is not None and p.stdout != out:
        problems.append("stdout %r, expected %r" % (p.stdout[:300], out))
    if err is not None and err not in p.stderr:
        problems.append("stderr %r lacks %r" % (p.stderr.strip()[:300], err))
    if sanitizer_report(p.stderr.splitlines()):
        problems.append("sanitizer report: " + sanitizer_report(p.stderr.splitlines()))
    return problems


def tally(s, what, problems):
    if problems:
        s.failed += 1
        print("FAIL %s: %s" % (what, "; ".join(problems)))
    else:
        s.passed += 1


def make_wasm(tmp, modules):
    """wat2wasm each (key, text, flags) into tmp; {key: path relative to ROOT}."""
    files = {}
    for key, wat, flags in modules:
        src, dst = os.path.join(tmp, key + ".wat"), os.path.join(tmp, key + ".wasm")
        with open(src, "w") as f:
            f.write(wat)
        subprocess.run(["wat2wasm"] + flags + [src, "-o", dst], check=True)
        files[key] = os.path.relpath(dst, ROOT)
        files[key + "_wat"] = os.path.relpath(src, ROOT)      # the text itself, read by warden
    with open(os.path.join(tmp, "malformed.wat"), "w") as f:
        f.write(CLI_MALFORMED_WAT)
    files["malformed_wat"] = os.path.relpath(os.path.join(tmp, "malformed.wat"), ROOT)
    return files


def suite_cli():
    """Runs the `warden` command (asan build) on small modules made with wat2wasm and on the guests."""
    s = Suite("warden CLI")
    if not glob.glob(os.path.join(ROOT, "cli/*.c")):
        s.note = "(no cli/*.c yet)"
        return s
    if missing_binary(s, "out/asan/warden", "cli/*.c"):
        return s
    if not shutil.which("wat2wasm"):
        s.error = "wat2wasm (wabt) is not installed"
        return s
    for g in (HELLO, "out/wasi/args_env.wasm", "out/wasi/exit_code.wasm"):
        if not os.path.exists(os.path.join(ROOT, g)):
            s.error = "%s was not built (ninja guests)" % g
            return s
    tmp = tempfile.mkdtemp(prefix="cli-", dir=os.path.join(ROOT, "out/asan"))
    env = dict(os.environ, WARDEN_CLI_INHERITED="from the host")
    env.pop("WARDEN_CLI_UNSET", None)
    try:
        files = make_wasm(tmp, CLI_MODULES)
        for key, wat in CLI_TEXT_ONLY:
            with open(os.path.join(tmp, key + ".wat"), "w") as f:
                f.write(wat)
            files[key + "_wat"] = os.path.relpath(os.path.join(tmp, key + ".wat"), ROOT)
        for args, status, out, err in CLI_CASES:
            args = [a.format(**files) for a in args]
            out = out.format(**files) if isinstance(out, str) else out
            err = err.format(**files) if err is not None else None
            tally(s, "warden " + " ".join(args), run_cli("out/asan/warden", args, out, status, err, env))
        json_out = subprocess.run(["out/asan/warden", "inspect", files["ok"], "--json"], cwd=ROOT,
                                  capture_output=True, text=True, timeout=120).stdout
        try:
            doc = json.loads(json_out)
            assert len(doc["layouts"]) >= 3 and doc["counts"]["exports"] == 7 and doc["counts"]["data"] == 1
            s.passed += 1
        except (ValueError, KeyError, AssertionError, TypeError) as e:
            s.failed += 1
            print("FAIL warden inspect --json: %s: %r" % (type(e).__name__, json_out[:200]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return s


def bench_dir():
    return os.environ.get("WASM_BENCH") or os.path.join(ROOT, "..", "shared", "bench")


def listed(warden, what):
    """`warden --list-layouts` / `--list-modes` (warden.h's one list of each): [(name, is_default)]."""
    out = subprocess.run([warden, "--list-" + what], cwd=ROOT, capture_output=True, text=True,
                         timeout=60).stdout
    rows = [l.split() for l in out.splitlines() if l.strip()]
    if not rows:
        raise RuntimeError("%s --list-%s printed nothing" % (warden, what))
    return [(r[0], r[1:] == ["default"]) for r in rows]


def layouts(warden):
    return [n for n, _ in listed(warden, "layouts")]


def modes(warden):
    return [n for n, _ in listed(warden, "modes")]


def default(warden, what):
    return next(n for n, d in listed(warden, what) if d)


def suite_arch():
    """tests/tools/arch.py: no cycle between files, no file depending on a later stage (HACKING.md)."""
    s = Suite("architecture (include and symbol graph, HACKING.md stages)")
    if missing_binary(s, "out/release/warden", "cli/warden.c"):
        return s
    rc, lines = run([sys.executable, "tests/tools/arch.py", "--obj", "out/release/obj"], 120)
    bad = [l for l in lines if l.startswith(("CYCLE:", "LATER:", "ERROR:"))]
    if rc == 0 and not bad and any(l.startswith("arch: 0 cycles") for l in lines):
        s.passed += 1
    else:
        s.failed += max(1, len(bad))
    return s


def suite_kernels():
    """Every benchmark kernel under `warden run` in every layout x mode, output compared byte for byte."""
    s = Suite("benchmark kernels (release, layouts x modes)")
    bench = bench_dir()
    kernels = sorted(os.path.splitext(os.path.basename(k))[0]
                     for k in glob.glob(os.path.join(bench, "kernels", "*.c")))
    if not kernels:
        s.error = "no kernels under %s/kernels (set WASM_BENCH)" % bench
        return s
    if missing_binary(s, "out/release/warden", "cli/*.c"):
        return s
    absent = [k for k in kernels if not os.path.exists(os.path.join(ROOT, "out/bench/%s.wasm" % k))]
    if absent:
        s.error = "out/bench/{%s}.wasm not built (ninja guests)" % ",".join(absent)
        return s
    runs = [(k, l, m) for k in kernels for l in layouts("out/release/warden") for m in modes("out/release/warden")]
    print("$ out/release/warden run --layout L --mode M out/bench/NAME.wasm  <%d kernels x %d combinations, "
          "%d at a time>" % (len(kernels), len(runs) // len(kernels), os.cpu_count() or 2), flush=True)

    def one(run):
        k, l, m = run
        with open(os.path.join(bench, "expected", k + ".txt"), "rb") as f:
            want = f.read()
        try:
            p = subprocess.run(["out/release/warden", "run", "--layout", l, "--mode", m,
                                "out/bench/%s.wasm" % k], cwd=ROOT, capture_output=True, timeout=300)
        except subprocess.TimeoutExpired:
            return ["timed out after 300 s"]
        problems = []
        if p.returncode != 0:
            problems.append("exit %d: %s" % (p.returncode, p.stderr.decode(errors="replace").strip()[:200]))
        if p.stdout != want:
            problems.append("output differs from expected/%s.txt: %r" % (k, p.stdout[:120]))
        return problems

    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        outcomes = list(pool.map(one, runs))
    per_kernel = {}
    for (k, l, m), problems in zip(runs, outcomes):
        tally(s, "kernel %s [%s %s]" % (k, l, m), problems)
        per_kernel.setdefault(k, [0, 0])[1 if problems else 0] += 1
    for k in kernels:
        print("%-8s %d ok, %d failed" % (k, per_kernel[k][0], per_kernel[k][1]))
    return s


FUEL_LOOP_WAT = """(module
  (func (export "_start") (loop (br 0)))
  (func (export "spin") (param i32) (result i32) (loop (br 0)) (local.get 0)))
"""


def suite_fuel():
    """--fuel: endless loops stop with "out of fuel", finished programs are unchanged by it."""
    s = Suite("fuel (warden run --fuel)")
    if missing_binary(s, "out/asan/warden", "cli/*.c") or missing_binary(s, "out/release/warden", "cli/*.c"):
        return s
    os.makedirs(os.path.join(ROOT, "out/asan"), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="fuel-", dir=os.path.join(ROOT, "out/asan"))
    trap = "warden: trap: out of fuel"
    try:
        loop = make_wasm(tmp, [("loop", FUEL_LOOP_WAT, [])])["loop"]
        cases = [
            (["run", "--fuel", "1000", loop], 2, "", trap),
            (["run", "--fuel=0", loop], 2, "", trap),
            (["run", "--fuel", "1000", "--layout", "packed", "--mode", "lazy", loop], 2, "", trap),
            (["run", "--fuel", "1000", "--invoke", "spin", loop, "5"], 2, "", trap),
            (["run", "--fuel", "10", HELLO], 2, "", trap),
            (["run", "--fuel", "100000000", HELLO, "fuel"], 0, "Hello, fuel!\n", None),
            (["run", "--fuel", "100000000", "--stats", HELLO], 0, "Hello from WebAssembly!\n", "units left of 100000000"),
        ]
        for args, status, out, err in cases:
            tally(s, "warden " + " ".join(args), run_cli("out/asan/warden", args, out, status, err, timeout=60))
        # A real program on a large budget: the same output as without fuel (release build).
        kernel, bench = "out/bench/fib.wasm", bench_dir()
        if os.path.exists(os.path.join(ROOT, kernel)):
            with open(os.path.join(bench, "expected", "fib.txt")) as f:
                want = f.read()
            args = ["run", "--fuel", "1000000000000", kernel]
            tally(s, "out/release/warden " + " ".join(args), run_cli("out/release/warden", args, want, 0, None,
                                                                     timeout=300))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return s


# escape.c's attempts that succeed by design (inside the sandbox, or not following a link out).
ESCAPE_ALLOWED = ("control ", "stat link_passwd nofollow:", "readlink link_up:")


def escape_sandbox(top):
    """The folders escape.c expects (tests/wasi/escape.c): top/secret.txt next to top/sandbox."""
    sb = os.path.join(top, "sandbox")
    os.makedirs(os.path.join(sb, "sub"))
    for path, text in (("secret.txt", "TOP SECRET\n"), ("sandbox/inside.txt", "inside\n"),
                       ("sandbox/sub/inner.txt", "inner\n")):
        with open(os.path.join(top, path), "w") as f:
            f.write(text)
    for target, name in (("sub/inner.txt", "link_in"), ("/etc", "link_etc"), ("/etc/passwd", "link_passwd"),
                         ("..", "link_up"), ("../secret.txt", "link_rel"), ("../..", "sub/link_up2")):
        os.symlink(target, os.path.join(sb, name))
    return sb


def escape_problems(p, top, sb):
    problems = []
    out = p.stdout
    if p.returncode != 0:
        problems.append("exit %d: %s" % (p.returncode, p.stderr.strip()[:200]))
    if "done\n" not in out or "control content: inside" not in out:
        problems.append("the guest did not get through (no 'done' or no control read): %r" % out[-200:])
    if "LEAK" in out or "SECRET" in out or "root:x:" in out:
        problems.append("something outside was read: %s" % "; ".join(l for l in out.splitlines()
                                                                   if "LEAK" in l)[:300])
    for line in out.splitlines():
        if line.startswith("libc "):
            if not line.endswith(": refused"):
                problems.append("libc open got through: " + line)
        elif ":" in line and not line.startswith(ESCAPE_ALLOWED) and not line.startswith("LEAK"):
            code = line.rsplit(":", 1)[1].strip().split()[0] if line.rsplit(":", 1)[1].strip() else ""
            if code.isdigit() and int(code) == 0:
                problems.append("an escape succeeded: " + line)
    with open(os.path.join(top, "secret.txt")) as f:
        if f.read() != "TOP SECRET\n":
            problems.append("secret.txt outside the sandbox was changed")
    made = [n for n in ("moved.txt", "made.txt", "evil") if os.path.lexists(os.path.join(top, n))]
    made += [n for n in ("stolen.txt", "newlink", "hard.txt", "hard2.txt") if os.path.lexists(os.path.join(sb, n))]
    if made or not os.path.exists(os.path.join(sb, "inside.txt")):
        problems.append("files were made or moved: %s" % (made or "inside.txt gone"))
    if sanitizer_report(p.stderr.splitlines()):
        problems.append("sanitizer report: " + sanitizer_report(p.stderr.splitlines()))
    return problems


def suite_escape():
    """The escape guest through the CLI's --dir and --dir-ro: errors for every way out, never the file;
    the selfmod guest: a module that truncates its own file still runs the bytes that were validated."""
    s = Suite("sandbox escapes (warden run --dir)")
    guest = "out/wasi/escape.wasm"
    if not os.path.exists(os.path.join(ROOT, "tests/wasi/escape.c")):
        s.note = "(no tests/wasi/escape.c)"
        return s
    if missing_binary(s, "out/asan/warden", "cli/*.c") or missing_binary(s, guest, "tests/wasi/escape.c"):
        return s
    for opt in ("--dir", "--dir-ro"):
        top = tempfile.mkdtemp(prefix="escape-", dir=os.path.join(ROOT, "out/asan"))
        try:
            sb = escape_sandbox(top)
            args = ["out/asan/warden", "run", "%s=%s::/sandbox" % (opt, sb), guest]
            p = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, errors="replace", timeout=120)
            tally(s, " ".join(args), escape_problems(p, top, sb))
        finally:
            shutil.rmtree(top, ignore_errors=True)
    # Without --dir the guest has no directory at all.
    p = subprocess.run(["out/asan/warden", "run", guest], cwd=ROOT, capture_output=True, text=True, timeout=120)
    tally(s, "warden run %s (no --dir)" % guest,
          [] if p.returncode == 1 and p.stdout == "no preopen at fd 3\n" else
          ["exit %d, stdout %r: expected 1 and 'no preopen at fd 3'" % (p.returncode, p.stdout[:200])])
    # A guest whose own module file is inside its writable preopen truncates it, then calls functions it
    # had not called (translated at that first call): they must run from the bytes that were validated
    # (a mapped file would fault: SIGBUS). Every mode.
    selfmod = "out/wasi/selfmod.wasm"
    if missing_binary(s, selfmod, "tests/wasi/selfmod.c"):
        return s
    for mode in ("lazy-translation", "lazy", "eager"):
        sb = tempfile.mkdtemp(prefix="selfmod-", dir=os.path.join(ROOT, "out/asan"))
        try:
            mod = os.path.join(sb, "selfmod.wasm")
            shutil.copyfile(os.path.join(ROOT, selfmod), mod)
            args = ["out/asan/warden", "run", "--mode", mode, "--dir=%s::/sandbox" % sb, mod, "/sandbox/selfmod.wasm"]
            p = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, errors="replace", timeout=120)
            problems = [] if p.returncode == 0 and p.stdout == "ok 38\n" else \
                ["exit %d, stdout %r, stderr %r: expected 0 and 'ok 38'" % (p.returncode, p.stdout[:200],
                                                                         p.stderr[-300:])]
            if os.path.getsize(mod):
                problems.append("the guest did not truncate its module file (%d bytes left)" % os.path.getsize(mod))
            if sanitizer_report(p.stderr.splitlines()):
                problems.append("sanitizer report: " + sanitizer_report(p.stderr.splitlines()))
            tally(s, " ".join(args), problems)
        finally:
            shutil.rmtree(sb, ignore_errors=True)
    return s


def configured_prefix():
    """The install prefix build.ninja was written with (./configure.py --prefix / $PREFIX)."""
    with open(os.path.join(ROOT, "build.ninja")) as f:
        for line in f:
            if line.startswith("prefix = "):
                return line[len("prefix = "):].strip()
    return "/usr/local"


def suite_install():
    """`DESTDIR=<tmp> ninja install`, then examples/embed.c built against it with pkg-config, and run."""
    s = Suite("install + embedding example")
    if not os.path.exists(os.path.join(ROOT, "examples/embed.c")):
        s.note = "(no examples/embed.c yet)"
        return s
    for tool in ("ninja", "pkg-config"):
        if not shutil.which(tool):
            s.error = "%s is not installed" % tool
            return s
    dest = tempfile.mkdtemp(prefix="install-", dir=os.path.join(ROOT, "out"))
    try:
        prefix = configured_prefix()
        root = dest + prefix
        env = dict(os.environ, DESTDIR=dest)
        print("$ DESTDIR=%s ninja install" % os.path.relpath(dest, ROOT), flush=True)
        p = subprocess.run(["ninja", "install"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        tally(s, "DESTDIR=%s ninja install" % dest, [] if p.returncode == 0 else
              ["exit %d: %s" % (p.returncode, (p.stdout + p.stderr).strip()[-500:])])
        if p.returncode != 0:
            return s
        want = ["bin/warden", "include/warden.h", "include/warden_errors.def", "include/warden_features.def", "include/warden_wasi.h", "include/warden_emscripten.h", "include/wasm.h",
                "lib/libwarden.a", "lib/libwarden.so", "lib/libwarden.so.0", "lib/pkgconfig/warden.pc"]
        absent = [w for w in want if not os.path.exists(os.path.join(root, w))]
        tally(s, "installed files under %s" % root, ["missing: " + ", ".join(absent)] if absent else [])
        pc_env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(root, "lib/pkgconfig"), PKG_CONFIG_SYSROOT_DIR=dest)
        pc = subprocess.run(["pkg-config", "--cflags", "--libs", "warden"], env=pc_env, capture_output=True,
                            text=True, timeout=60)
        if pc.returncode != 0:
            tally(s, "pkg-config --cflags --libs warden", ["exit %d: %s" % (pc.returncode, pc.stderr.strip())])
            return s
        exe = os.path.join(dest, "embed")
        cc = os.environ.get("CC", "cc")
        cmd = [cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "examples/embed.c"] + pc.stdout.split() + ["-o", exe]
        print("$ " + " ".join(cmd), flush=True)
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
        tally(s, "compile examples/embed.c against the installed library", [] if p.returncode == 0 else
              ["exit %d: %s" % (p.returncode, (p.stdout + p.stderr).strip()[-800:])])
        if p.returncode != 0:
            return s
        run_env = dict(os.environ, LD_LIBRARY_PATH=os.path.join(root, "lib"))
        p = subprocess.run([exe], cwd=ROOT, env=run_env, capture_output=True, text=True, timeout=300)
        print(p.stdout, end="")
        tally(s, "embed (the installed example)", [] if p.returncode == 0 and "every check held" in p.stdout
              else ["exit %d: %s" % (p.returncode, (p.stderr.strip() or p.stdout.strip())[-500:])])
        p = subprocess.run([os.path.join(root, "bin/warden"), "run", HELLO, "install"], cwd=ROOT, env=run_env,
                           capture_output=True, text=True, timeout=60)
        tally(s, "installed bin/warden run %s" % HELLO, [] if p.returncode == 0 and p.stdout == "Hello, install!\n"
              else ["exit %d, stdout %r, stderr %r" % (p.returncode, p.stdout, p.stderr.strip()[:200])])
    finally:
        shutil.rmtree(dest, ignore_errors=True)
    return s

def suite_capi():
    """The C API test programs built against the installed wasm.h (pkg-config) with ASan+UBSan, and run."""
    s = Suite("standard C API (wasm.h)")
    sources = sorted(glob.glob(os.path.join(ROOT, "tests/capi/*.c")))
    if not sources:
        s.note = "(no tests/capi/*.c yet)"
        return s
    for tool in ("ninja", "pkg-config", "clang"):
        if not shutil.which(tool):
            s.error = "%s is not installed" % tool
            return s
    dest = tempfile.mkdtemp(prefix="capi-", dir=os.path.join(ROOT, "out"))
    try:
        root = dest + configured_prefix()
        p = subprocess.run(["ninja", "install"], cwd=ROOT, env=dict(os.environ, DESTDIR=dest), capture_output=True,
                           text=True, timeout=900)
        tally(s, "DESTDIR=%s ninja install" % dest, [] if p.returncode == 0 else
              ["exit %d: %s" % (p.returncode, (p.stdout + p.stderr).strip()[-500:])])
        if p.returncode != 0:
            return s
        pc_env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(root, "lib/pkgconfig"), PKG_CONFIG_SYSROOT_DIR=dest)
        pc = subprocess.run(["pkg-config", "--cflags", "--libs", "warden"], env=pc_env, capture_output=True,
                            text=True, timeout=60)
        if pc.returncode != 0:
            tally(s, "pkg-config --cflags --libs warden", ["exit %d: %s" % (pc.returncode, pc.stderr.strip())])
            return s
        run_env = dict(os.environ, LD_LIBRARY_PATH=os.path.join(root, "lib"))
        workdir = os.path.join(ROOT, "out/capi")
        for src in sources:
            name = os.path.splitext(os.path.basename(src))[0]
            wasm = os.path.join(workdir, name + ".wasm")
            if os.path.exists(os.path.join(ROOT, "tests/capi", name + ".wat")) and not os.path.exists(wasm):
                tally(s, name, ["%s was not built; run ninja first" % os.path.relpath(wasm, ROOT)])
                continue
            exe = os.path.join(dest, name)
            cmd = ["clang", "-std=c11", "-g", "-Wall", "-Wextra", "-Werror", "-fsanitize=address,undefined",
                   "-fno-sanitize-recover=all", os.path.relpath(src, ROOT)] + pc.stdout.split() + ["-o", exe]
            print("$ " + " ".join(cmd), flush=True)
            p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
            if p.returncode != 0:
                tally(s, "compile " + name, ["exit %d: %s" % (p.returncode, (p.stdout + p.stderr).strip()[-800:])])
                continue
            p = subprocess.run([exe], cwd=workdir, env=run_env, capture_output=True, text=True, timeout=300)
            out = (p.stdout + p.stderr).splitlines()
            report = sanitizer_report(out)
            problems = []
            if p.returncode != 0 or report or "%s: ok" % name not in p.stdout:
                problems = ["exit %d: %s" % (p.returncode, report or "\n".join(out[-10:]))]
            tally(s, name, problems)
    finally:
        shutil.rmtree(dest, ignore_errors=True)
    return s


def suite_ossfuzz():
    """The ClusterFuzzLite entry point run locally with OSS-Fuzz's environment variables (libFuzzer, ASan)."""
    s = Suite("ClusterFuzzLite / OSS-Fuzz build (dry run)")
    script = os.path.join(ROOT, ".clusterfuzzlite/build.sh")
    sources = sorted(glob.glob(os.path.join(ROOT, "fuzz/fuzz_*.c")))
    if not os.path.exists(script) or not sources:
        s.note = "(no .clusterfuzzlite/build.sh or fuzz targets yet)"
        return s
    for tool in ("clang", "zip", "unzip"):
        if not shutil.which(tool):
            s.error = "%s is not installed" % tool
            return s
    top = os.path.join(ROOT, "out/ossfuzz")
    shutil.rmtree(top, ignore_errors=True)
    src, out, work = (os.path.join(top, d) for d in ("src", "out", "work"))
    for d in (src, out, work):
        os.makedirs(d)
    os.symlink(ROOT, os.path.join(src, "warden"))          # $SRC/warden is the checkout, as in the image
    flags = ("-O1 -fno-omit-frame-pointer -gline-tables-only -fsanitize=address "
             "-fsanitize-address-use-after-scope -fsanitize=fuzzer-no-link")
    env = dict(os.environ, CC="clang", CXX="clang++", CFLAGS=flags, CXXFLAGS=flags,
               LIB_FUZZING_ENGINE="-fsanitize=fuzzer", OUT=out, SRC=src, WORK=work, SANITIZER="address",
               FUZZING_ENGINE="libfuzzer", FUZZING_LANGUAGE="c", ARCHITECTURE="x86_64",
               TTF_SEEDS="20")                         # fewer translate-to-fuzz seeds than the real build
    print("$ SRC=%s OUT=%s WORK=%s CC=clang CFLAGS=%r LIB_FUZZING_ENGINE=-fsanitize=fuzzer bash "
          ".clusterfuzzlite/build.sh" % (src, out, work, flags), flush=True)
    p = subprocess.run(["bash", script], cwd=src, env=env, capture_output=True, text=True, timeout=1800)
    print("\n".join((p.stdout + p.stderr).strip().splitlines()[-8:]))
    tally(s, ".clusterfuzzlite/build.sh", [] if p.returncode == 0 else
          ["exit %d: %s" % (p.returncode, (p.stdout + p.stderr).strip()[-800:])])
    if p.returncode != 0:
        return s
    for src_c in sources:
        name = os.path.splitext(os.path.basename(src_c))[0]
        binary = os.path.join(out, name)
        problems = []
        if not os.access(binary, os.X_OK):
            tally(s, name, ["%s was not produced" % binary])
            continue
        if os.path.exists(os.path.join(ROOT, "fuzz", name + ".options")) and \
                not os.path.exists(os.path.join(out, name + ".options")):
            problems.append("%s.options not copied" % name)
        seeds = os.path.join(out, name + "_seed_corpus.zip")
        corpus = os.path.join(work, "run-" + name)
        os.makedirs(corpus)
        if not os.path.exists(seeds):
            problems.append("no %s_seed_corpus.zip" % name)
        else:
            subprocess.run(["unzip", "-q", seeds, "-d", corpus], check=False, timeout=300)
            if not os.listdir(corpus):
                problems.append("%s_seed_corpus.zip is empty" % name)
        cmd = [binary, "-runs=200", "-timeout=20", corpus]
        print("$ " + " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd), flush=True)
        rc, lines = run(cmd, timeout=900, echo=False)
        if rc != 0 or sanitizer_report(lines):
            problems.append("exit %s: %s" % (rc, sanitizer_report(lines) or "\n".join(lines[-5:])))
        tally(s, name, problems)
    shutil.rmtree(top, ignore_errors=True)
    return s


def fuzz_corpus(name):
    """The seed corpus folder of fuzz target `name`, made by fuzz/make-corpus.sh when absent."""
    def find():
        for d in ("out/fuzz/corpus/" + name, "fuzz/corpus/" + name, "out/fuzz/corpus/" + name[len("fuzz_"):],
                  "fuzz/corpus/" + name[len("fuzz_"):], "out/fuzz/corpus", "fuzz/corpus"):
            if os.path.isdir(os.path.join(ROOT, d)) and os.listdir(os.path.join(ROOT, d)):
                return d
        return None
    if name == "fuzz_wat":           # text seeds: the testsuite's module texts
        d = "out/fuzz/corpus/fuzz_wat"
        if not (os.path.isdir(os.path.join(ROOT, d)) and os.listdir(os.path.join(ROOT, d))):
            print("$ sh fuzz/make-corpus.sh --text " + d, flush=True)
            run(["sh", "fuzz/make-corpus.sh", "--text", d], timeout=600, echo=False)
        return d if os.path.isdir(os.path.join(ROOT, d)) and os.listdir(os.path.join(ROOT, d)) else None
    d = find()
    if d is None and os.path.exists(os.path.join(ROOT, "fuzz/make-corpus.sh")):
        print("$ sh fuzz/make-corpus.sh", flush=True)
        run(["sh", "fuzz/make-corpus.sh"], timeout=600)
        d = find()
    return d


def fuzz_options(name):
    """libFuzzer flags from fuzz/NAME.options (the OSS-Fuzz [libfuzzer] section), paths made relative
    to the repository root."""
    path = os.path.join(ROOT, "fuzz", name + ".options")
    if not os.path.exists(path):
        return []
    cp = configparser.ConfigParser()
    cp.read(path)
    if not cp.has_section("libfuzzer"):
        return []
    flags = []
    for key, value in cp.items("libfuzzer"):
        if key == "dict":
            value = os.path.join("fuzz", value)
        flags.append("-%s=%s" % (key, value))
    return flags


def suite_fuzz():
    s = Suite("fuzz (%d s per target)" % FUZZ_SECONDS)
    sources = sorted(glob.glob(os.path.join(ROOT, "fuzz/fuzz_*.c")))
    if not sources:
        s.note = "(no fuzz/fuzz_*.c yet)"
        return s
    findings = os.path.join(ROOT, "out/fuzz/findings")
    os.makedirs(findings, exist_ok=True)
    errors = []
    for src in sources:
        name = os.path.splitext(os.path.basename(src))[0]
        binary = "out/fuzz/" + name
        if not os.path.exists(os.path.join(ROOT, binary)):
            errors.append("%s was not built" % binary)
            s.failed += 1
            continue
        corpus = fuzz_corpus(name)
        if corpus is None:
            errors.append("no corpus for %s (fuzz/make-corpus.sh made none)" % name)
            s.failed += 1
            continue
        work = tempfile.mkdtemp(prefix=name + "-", dir=os.path.join(ROOT, "out/fuzz"))
        options = fuzz_options(name)
        if not any(o.startswith("-timeout=") for o in options):
            options.append("-timeout=20")
        # tests/regress/NAME (inputs that once failed) is read as a corpus too: libFuzzer runs every
        # input of its corpora before it mutates, so a regression fails the suite at once
        regress = [d for d in ["tests/regress/" + name] if os.path.isdir(os.path.join(ROOT, d))]
        cmd = [binary, "-max_total_time=%d" % FUZZ_SECONDS] + options + [
               "-artifact_prefix=%s/%s-" % (os.path.relpath(findings, ROOT), name), work, corpus] + regress
        print("$ " + " ".join(cmd), flush=True)
        rc, lines = run(cmd, timeout=FUZZ_SECONDS + 300, echo=False)
        shutil.rmtree(work, ignore_errors=True)
        done = [l for l in lines if l.startswith("Done ")]
        if rc == 0:
            s.passed += 1
            print("%s: no finding (%s)" % (name, done[-1] if done else "finished"))
        else:
            s.failed += 1
            start = next((i for i, l in enumerate(lines) if "ERROR:" in l or "deadly signal" in l),
                         max(0, len(lines) - 30))
            for l in lines[start:start + 30]:
                print("  " + l)
            unit = [l.split("Test unit written to ", 1)[1] for l in lines if "Test unit written to " in l]
            print("%s: FINDING (exit %s); reproducer: %s" % (name, "timeout" if rc is None else rc,
                                                            unit[-1] if unit else "(none written)"))
    # Targets also built without libFuzzer (configure.py's REPLAY_TARGETS): a fixed seed set through the
    # ThreadSanitizer build (any report fails) and the ASan + UBSan build.
    for src in sources:
        name = os.path.splitext(os.path.basename(src))[0]
        if name not in REPLAY_TARGETS:
            continue
        for variant, env in (("tsan", "TSAN_OPTIONS=halt_on_error=1 exitcode=66"), ("asan", "ASAN_OPTIONS=")):
            binary = "out/%s/%s" % (variant, name)
            if not os.path.exists(os.path.join(ROOT, binary)):
                errors.append("%s was not built" % binary)
                s.failed += 1
                continue
            cmd = ["env", env, binary, "--seeds", str(REPLAY_SEEDS)]
            print("$ " + " ".join(cmd), flush=True)
            rc, lines = run(cmd, timeout=900, echo=False)
            report = next((l for l in lines if "ThreadSanitizer" in l), None) or sanitizer_report(lines)
            if rc == 0 and not report:
                s.passed += 1
                print("%s (%s): %s" % (name, variant, lines[-1] if lines else "finished"))
            else:
                s.failed += 1
                for l in lines[-30:]:
                    print("  " + l)
                print("%s (%s): FINDING (exit %s): %s" % (name, variant, rc, report or "see above"))
    if errors:
        s.note = "-- " + "; ".join(errors)
    return s


def suite_exhaust():
    """tests/exhaust/hostile.py: hostile modules under the release warden, each bounded in peak RSS, CPU
    time and outcome (a clean error, -1 or out of fuel)."""
    s = Suite("resource exhaustion")
    if missing_binary(s, "out/release/warden", "cli/warden.c"):
        return s
    return counted_tool(s, sys.executable, "tests/exhaust/hostile.py",
                        ["tests/exhaust/hostile.py", "out/release/warden", "out/exhaust"],
                        "tests/exhaust/hostile.py out/release/warden out/exhaust", timeout=900)


SUITES = (("unit", "unit tests", suite_unit), ("decode", "decoder spec test", suite_decode),
          ("validate", "validator spec test", suite_validate),
          ("selftest", "spec runner self-test", suite_selftest), ("spec", "spec tests", suite_spec),
          ("simd", "SIMD spec tests", suite_simd), ("i386", "32-bit host", suite_i386),
          ("crosscheck", "text reader vs wast2json", suite_crosscheck),
          ("roundtrip", "text round trip", suite_roundtrip), ("spec3", "Wasm 3.0 testsuite", suite_spec3),
          ("eh", "exception handling", suite_eh), ("features3", "Wasm 3.0 features", suite_features3),
          ("wasm64", "wasm64 program", suite_wasm64),
          ("threads", "guest threads", suite_threads),
          ("allocfail", "allocation-failure injection", suite_allocfail),
          ("sweep", "malformed-input sweep", suite_sweep),
          ("cli", "warden CLI", suite_cli), ("arch", "architecture check", suite_arch), ("kernels", "benchmark kernels", suite_kernels),
          ("fuel", "fuel", suite_fuel), ("escape", "sandbox escapes", suite_escape),
          ("exhaust", "resource exhaustion", suite_exhaust),
          ("install", "install", suite_install), ("capi", "standard C API", suite_capi),
          ("ossfuzz", "ClusterFuzzLite build", suite_ossfuzz), ("gentest", "fuzz generator check", suite_gentest), ("fuzz", "fuzzing", suite_fuzz))


def main():
    os.chdir(ROOT)
    names = [n for n, _, _ in SUITES]
    wanted = sys.argv[1:] or names          # `tests/run-tests.py cli fuel` runs just those suites
    unknown = [w for w in wanted if w not in names]
    if unknown:
        print("run-tests.py: unknown suite(s) %s (suites: %s)" % (", ".join(unknown), " ".join(names)),
              file=sys.stderr)
        return 2
    results = []
    for name, title, fn in SUITES:
        if name not in wanted:
            continue
        banner(title)
        try:
            s = fn()
        except Exception as e:        # a broken suite is a failure, not a crash of the runner
            s = Suite(title)
            s.error = "%s: %s" % (type(e).__name__, e)
        print(s.summary(), flush=True)
        results.append(s)

    banner("summary")
    passed = failed = 0
    for s in results:
        print(s.summary())
        passed += s.passed
        failed += s.failed + (1 if s.error else 0)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
