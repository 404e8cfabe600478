#!/usr/bin/env python3
"""configure.py — writes warden's build.ninja (in the manner of ninja's own configure.py).

Python 3 standard library only. It finds the sources (runtime/*.c, layouts/*.c, cli/*.c, tests/, fuzz/),
the spec testsuite (../shared/testsuite, or $WASM_TESTSUITE) and the tools, and writes one build.ninja with
three variants, each in its own folder:

  out/release   clang -O2, mimalloc as the default allocator
  out/asan      -O1 -g, AddressSanitizer + UndefinedBehaviorSanitizer, libc malloc
  out/fuzz      libFuzzer + ASan + UBSan (clang only)

  ./configure.py                  check the build dependencies, name what is missing, write build.ninja
  ./configure.py --install-deps   install what is missing with apt-get first
  CC=gcc ./configure.py           release build with gcc (sanitizer variants still use clang if present)

build.ninja re-runs this script when it changes (the `configure` rule), with the same arguments.
"""
import argparse
import glob
import os
import shlex
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))

# Debian packages the build and tests need, and a file or command that shows each is present.
DEPS = [
    ("clang", "cmd:clang"),
    ("lld", "cmd:wasm-ld-14|wasm-ld"),
    ("ninja-build", "cmd:ninja"),
    ("libcriterion-dev", "file:/usr/include/criterion/criterion.h"),
    ("libmimalloc-dev", "file:/usr/include/mimalloc.h"),
    ("libcjson-dev", "file:/usr/include/cjson/cJSON.h"),
    ("wabt", "cmd:wast2json"),
    ("binaryen", "cmd:wasm-opt"),
    ("wasi-libc", "file:/usr/include/wasm32-wasi/stdio.h|/usr/share/wasi-sysroot/include/stdio.h"),
    ("libclang-rt-14-dev-wasm32", "glob:/usr/lib/llvm-14/lib/clang/14*/lib/wasi/libclang_rt.builtins-wasm32.a"),
    ("libclang-rt-14-dev", "glob:/usr/lib/llvm-14/lib/clang/14*/lib/linux/libclang_rt.fuzzer-x86_64.a"),
    ("pkg-config", "cmd:pkg-config"),
    ("zip", "cmd:zip"),
    ("llvm", "cmd:llvm-profdata|llvm-profdata-14"),
    ("time", "file:/usr/bin/time"),       # GNU time: peak RSS of one process (exhaustion suite, bench/)
    # The i386 variant (out/i386): gcc -m32 with its 32-bit libc, libasan and libubsan, and cJSON for the
    # spec runner. Criterion's i386 package conflicts with the amd64 one: tests/unit/crlite stands in.
    ("gcc-multilib", "glob:/usr/lib/gcc/x86_64-linux-gnu/*/32/libubsan.so"),
    ("libcjson-dev:i386", "file:/usr/lib/i386-linux-gnu/libcjson.so"),
    ("python3-matplotlib", "pymod:matplotlib"),      # bench/chart.py
    ("emscripten", "cmd:em++"),                      # tests/emcc: C++ exceptions (run-tests.py eh)
]


def python_with(module):
    """This Python if it can import `module`, else Debian's /usr/bin/python3 if that can (Debian's
    python3-* packages serve the system Python, not another one first on PATH); None when neither can."""
    for py in (sys.executable, "/usr/bin/python3"):
        if py and os.path.exists(py) and subprocess.run([py, "-c", "import " + module],
                                                        capture_output=True).returncode == 0:
            return py
    return None


def dep_present(probe):
    kind, _, what = probe.partition(":")
    if kind == "pymod":
        return python_with(what) is not None
    for alt in what.split("|"):
        if kind == "cmd" and shutil.which(alt):
            return True
        if kind == "file" and os.path.exists(alt):
            return True
        if kind == "glob" and glob.glob(alt):
            return True
    return False


def check_deps(install):
    missing = [pkg for pkg, probe in DEPS if not dep_present(probe)]
    if not missing:
        return True
    line = "apt-get install -y " + " ".join(missing)
    if any(p.endswith(":i386") for p in missing):
        line = "dpkg --add-architecture i386 && apt-get update && " + line
    if not install:
        print("configure.py: missing build dependencies: " + ", ".join(missing), file=sys.stderr)
        print("  install them with: " + line + "   (or run ./configure.py --install-deps)", file=sys.stderr)
        return False
    print("configure.py: installing " + ", ".join(missing) + " with apt-get", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if any(p.endswith(":i386") for p in missing):
        foreign = subprocess.run(["dpkg", "--print-foreign-architectures"], capture_output=True, text=True)
        if "i386" not in foreign.stdout.split():
            subprocess.run(sudo + ["dpkg", "--add-architecture", "i386"], check=False)
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=False, env=env)
    r = subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, env=env)
    if r.returncode != 0:
        print("configure.py: apt-get failed (exit %d)" % r.returncode, file=sys.stderr)
        return False
    still = [pkg for pkg, probe in DEPS if not dep_present(probe)]
    if still:
        print("configure.py: still missing after install: " + ", ".join(still), file=sys.stderr)
        return False
    return True


class Writer:
    """The smallest ninja file writer that does the job (cf. ninja's misc/ninja_syntax.py)."""

    def __init__(self):
        self.lines = []

    def comment(self, text):
        self.lines.append("# " + text)

    def newline(self):
        self.lines.append("")

    def variable(self, key, value, indent=0):
        self.lines.append("  " * indent + "%s = %s" % (key, value))

    def rule(self, name, command, description=None, depfile=None, generator=False, pool=None,
             restat=False):
        self.lines.append("rule " + name)
        self.variable("command", command, 1)
        if description:
            self.variable("description", description, 1)
        if depfile:
            self.variable("depfile", depfile, 1)
            self.variable("deps", "gcc", 1)
        if generator:
            self.variable("generator", "1", 1)
        if pool:
            self.variable("pool", pool, 1)
        if restat:
            self.variable("restat", "1", 1)

    def build(self, outputs, rule, inputs=(), implicit=(), order_only=(), variables=None):
        outputs = [outputs] if isinstance(outputs, str) else list(outputs)
        inputs = [inputs] if isinstance(inputs, str) else list(inputs)
        s = "build %s: %s" % (" ".join(map(esc, outputs)), rule)
        if inputs:
            s += " " + " ".join(map(esc, inputs))
        if implicit:
            s += " | " + " ".join(map(esc, implicit))
        if order_only:
            s += " || " + " ".join(map(esc, order_only))
        self.lines.append(s)
        for k, v in (variables or {}).items():
            self.variable(k, v, 1)

    def default(self, targets):
        self.lines.append("default " + " ".join(targets))

    def text(self):
        return "\n".join(self.lines) + "\n"


def esc(path):
    return path.replace("$", "$$").replace(" ", "$ ").replace(":", "$:")


def rel(path):
    return os.path.relpath(path, ROOT)


def srcs(pattern):
    return sorted(rel(p) for p in glob.glob(os.path.join(ROOT, pattern)))


def generator_driven(fuzz_src):
    """True for a fuzz target whose input drives fuzz/gen.c rather than being a module: its source says
    `fuzz-input: generator` (fuzz/oss-fuzz/build.sh and fuzz/run.sh read the same mark)."""
    with open(os.path.join(ROOT, fuzz_src), encoding="utf-8") as f:
        return "fuzz-input: generator" in f.read()


def uses_generator(tool_src):
    """True for a test tool that includes fuzz/gen.h: it is linked with the generator (fuzz/gen.c)."""
    with open(os.path.join(ROOT, tool_src), encoding="utf-8") as f:
        return '#include "gen.h"' in f.read()


def obj(variant, src):
    return "out/%s/obj/%s.o" % (variant, os.path.splitext(src)[0])


# Spec testsuite folders and the wast2json flags each needs (testsuite README).
# Fuzz targets also built without libFuzzer, with REPLAY_DRIVER for a main: out/asan/NAME (ASan + UBSan) and
# out/tsan/NAME (ThreadSanitizer), which replay files or a fixed seed set (fuzz/README.md).
REPLAY_TARGETS = ("fuzz_threads.c",)
REPLAY_DRIVER = "fuzz/replay/driver.c"

SPEC_FLAGS = {
    "proposals/tail-call": "--enable-tail-call",
    "proposals/extended-const": "--enable-extended-const",
    "proposals/multi-memory": "--enable-multi-memory",
}


# The functions a `warden run` of typical programs executes and the read-only data they refer to
# (cli/hot-functions.txt, written by bench/hotlist.py from callgrind runs of the real programs and the
# objects' relocations), as "source function" and "source .rodata.SECTION" lines. The release `warden` is
# compiled with -ffunction-sections -fdata-sections and linked with a script (out/release/hot.ld) that
# puts them together at the start of the text and of the read-only data, and the objects that hold them
# first. The kernel maps a program's file pages in 64 KiB windows around each page it touches: code and
# data used together, kept together, cost fewer windows of resident memory (bench/RESULTS.md,
# 2026-12-06). The list only orders: a name missing from it, or one that no longer exists, costs at most
# a window, never correctness.
HOT_LIST = "cli/hot-functions.txt"


def hot_functions():
    """[(source, function)] from HOT_LIST ('#' starts a comment); [] when there is none."""
    try:
        with open(os.path.join(ROOT, HOT_LIST)) as f:
            lines = [l.split("#", 1)[0].split() for l in f]
    except OSError:
        return []
    return [(l[0], l[1]) for l in lines if len(l) == 2]


def write_hot_script(path, pairs):
    """The release link's script: output sections before .text and .rodata of the listed functions'
    sections and of the read-only data they refer to (-ffunction-sections and -fdata-sections name them
    .text.NAME and .rodata.NAME; a data line names its section, leading dot included), each taken from
    its own object only."""
    rule = lambda src, sec: "    *%s(%s)" % (obj("release", src).replace("out/release", ""), sec)
    text = ["/* Generated by configure.py from %s; do not edit. */" % HOT_LIST]
    # The data's section starts on a page of its own: inserted before .rodata, it would otherwise follow
    # the code directly and share its (executable) segment.
    for out, before, align, rules in (
            (".text.warden_hot", ".text", "", [rule(s, ".text." + f) for s, f in pairs if not f.startswith(".")]),
            (".rodata.warden_hot", ".rodata", "  . = ALIGN(CONSTANT (MAXPAGESIZE));\n",
             [rule(s, f) for s, f in pairs if f.startswith(".")])):
        if rules:
            text.append("SECTIONS\n{\n%s  %s :\n  {\n%s\n  }\n}\nINSERT BEFORE %s;"
                        % (align, out, "\n".join(rules), before))
    text = "\n".join(text) + "\n"
    old = open(path).read() if os.path.exists(path) else None
    if text != old:   # unchanged, it keeps its time stamp: no needless relink
        with open(path, "w") as f:
            f.write(text)


def hot_objects_first(objs, pairs):
    """OBJS with those holding a listed function or data first (in list order), the rest as they were."""
    hot = []
    for src, _ in pairs:
        o = obj("release", src + ".c")
        if o in objs and o not in hot:
            hot.append(o)
    return hot + [o for o in objs if o not in hot]


def links_with(cc, flags):
    """True when CC links a trivial program with FLAGS (a linker or C library too old says no)."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "t.c")
        with open(src, "w") as f:
            f.write("int main(void) { return 0; }\n")
        try:
            r = subprocess.run([cc, src, "-o", os.path.join(d, "t")] + flags, capture_output=True)
        except OSError:
            return False
        return r.returncode == 0


def file_extra(variant, src, san_exec):
    """Per-file flags of a library object: exec.c's sanitizer exception (see san_exec in main)."""
    if variant != "release" and src == "runtime/exec.c":
        return {"extra": san_exec}
    return None


def version():
    with open(os.path.join(ROOT, "include", "warden.h")) as f:
        for line in f:
            if line.startswith("#define WARDEN_VERSION"):
                return line.split('"')[1]
    return "0"


def main():
    ap = argparse.ArgumentParser(description="Write warden's build.ninja.")
    ap.add_argument("--install-deps", action="store_true",
                    help="install missing Debian packages with apt-get")
    ap.add_argument("--testsuite", default=os.environ.get("WASM_TESTSUITE",
                    os.path.join(ROOT, "..", "shared", "testsuite")),
                    help="spec testsuite folder (default: $WASM_TESTSUITE or ../shared/testsuite)")
    ap.add_argument("--bench", default=os.environ.get("WASM_BENCH",
                    os.path.join(ROOT, "..", "shared", "bench")),
                    help="benchmark kernels folder (default: $WASM_BENCH or ../shared/bench)")
    ap.add_argument("--prefix", default=os.environ.get("PREFIX", "/usr/local"),
                    help="install prefix for `ninja install` (default: $PREFIX or /usr/local)")
    args = ap.parse_args()

    if not check_deps(args.install_deps):
        return 1

    cc = os.environ.get("CC", "clang")
    is_clang = "clang" in os.path.basename(cc)
    clang = cc if is_clang else (shutil.which("clang") or "clang")
    testsuite = os.path.abspath(args.testsuite)
    benchdir = os.path.abspath(args.bench)
    user_cflags = os.environ.get("CFLAGS", "")
    user_ldflags = os.environ.get("LDFLAGS", "")

    warn = "-Wall -Wextra -Wno-unused-parameter -Werror=implicit-function-declaration"
    # -fno-math-errno: sqrt/sqrtf become the instruction (warden never reads errno after them); with the
    # rounding in runtime/wasm_float.h on the bits, the release build then needs nothing from libm, and
    # --as-needed drops it: libm's pages stay out of the process (bench/RESULTS.md, 2026-12-06).
    base = ("-std=c11 -D_GNU_SOURCE -pthread -Iinclude -Iruntime -Ilayouts -fno-strict-aliasing "
            "-fno-math-errno " + warn)
    san = "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
    # Release links: --as-needed (no libm, above); packed relative relocations (DT_RELR: binutils 2.38,
    # glibc 2.36) when the toolchain has them: a PIE's ~100 KiB of .rela.dyn, all read at every start,
    # become ~2 KiB (bench/RESULTS.md, 2026-12-06).
    # Segments 64 KiB aligned (-z max-page-size): the kernel maps a file's pages 64 KiB-aligned windows at a
    # time around each fault, so with the load address a multiple of 64 KiB the windows fall on the same
    # bytes every run and the cold text after HOT_LIST's functions stays out of them.
    release_ld = "-Wl,--as-needed -Wl,-z,max-page-size=65536 "
    if links_with(cc, ["-Wl,-z,pack-relative-relocs"]):
        release_ld += "-Wl,-z,pack-relative-relocs "
    # The hot list's linker script (HOT_LIST above), kept only when this linker takes it.
    hot = hot_functions()
    hot_ld = "out/release/hot.ld" if hot else None
    if hot_ld:
        os.makedirs(os.path.join(ROOT, "out/release"), exist_ok=True)
        write_hot_script(os.path.join(ROOT, hot_ld), hot)
        if not links_with(cc, ["-Wl,-T," + os.path.join(ROOT, hot_ld)]):
            hot_ld = None
    # runtime/exec.c's run() is one function of ~800 handlers. UBSan's pointer-overflow and alignment
    # checks on its slot and code-word arithmetic (warden's own aligned frames and code, never guest
    # addresses: those go through memcpy) make clang 14 spend 10+ minutes of CPU on that file alone in
    # each sanitized variant (measured 2026-12-06: ~800 s with them, 51 s without). They are off for
    # exec.c only; ASan still checks every access it makes, and every other UBSan check stays on.
    san_exec = "-fno-sanitize=pointer-overflow,alignment"
    variants = {
        "release": dict(cc=cc, cflags="%s -O2 -fPIC -ffunction-sections -fdata-sections -DNDEBUG "
                        "-DWD_USE_MIMALLOC=1 %s" % (base, user_cflags),
                        ldflags=release_ld + user_ldflags, libs="-lmimalloc -lm -pthread"),
        "asan": dict(cc=clang, cflags="%s -O1 -g %s" % (base, san), ldflags=san, libs="-lm -pthread"),
        "fuzz": dict(cc=clang, cflags="%s -O1 -g %s -fsanitize=fuzzer-no-link -DWD_FUZZING=1"
                     % (base, san), ldflags=san, libs="-lm -pthread"),
        # A 32-bit host: gcc -m32 (Debian's gcc-multilib), ASan + UBSan, libc malloc. SSE2 arithmetic: x87's
        # excess precision breaks WebAssembly's float semantics (runtime/wasm_float.h refuses it).
        "i386": dict(cc="gcc", cflags="%s -m32 -msse2 -mfpmath=sse -O1 -g %s" % (base, san),
                     ldflags="-m32 " + san, libs="-lm -pthread"),
    }

    n = Writer()
    n.comment("Generated by configure.py; do not edit. Re-run: " + " ".join(
        shlex.quote(a) for a in sys.argv))
    n.variable("ninja_required_version", "1.10")
    n.variable("root", ROOT)
    n.variable("testsuite", testsuite)
    n.variable("benchdir", benchdir)
    n.variable("prefix", args.prefix)
    n.newline()
    regen_env = " ".join("%s=%s" % (k, shlex.quote(os.environ[k]))
                         for k in ("CC", "CFLAGS", "LDFLAGS", "WASM_TESTSUITE", "WASM_BENCH", "PREFIX")
                         if k in os.environ)
    n.rule("configure", "cd $root && %s %s configure.py %s" % (
        regen_env, shlex.quote(sys.executable),
        " ".join(shlex.quote(a) for a in sys.argv[1:] if a != "--install-deps")),
        description="CONFIGURE", generator=True)
    n.build("build.ninja", "configure", implicit=["configure.py"] + ([HOT_LIST] if hot else []))
    n.newline()

    lib_srcs = srcs("runtime/*.c") + srcs("layouts/*.c") + srcs("capi/*.c")
    cli_srcs = srcs("cli/*.c")
    unit_srcs = srcs("tests/unit/*.c")
    tool_srcs = {os.path.splitext(os.path.basename(p))[0]: p for p in srcs("tests/tools/*.c")}
    fuzz_srcs = srcs("fuzz/fuzz_*.c")
    fuzz_support = [p for p in srcs("fuzz/*.c") if not os.path.basename(p).startswith("fuzz_")]
    replay_srcs = [p for p in fuzz_srcs if os.path.basename(p) in REPLAY_TARGETS] \
        if os.path.exists(os.path.join(ROOT, REPLAY_DRIVER)) else []

    for v, cfg in variants.items():
        n.comment("---- variant %s" % v)
        n.rule("cc_" + v, "%s -MMD -MF $out.d %s $extra -c $in -o $out" % (cfg["cc"], cfg["cflags"]),
               description="CC[%s] $in" % v, depfile="$out.d")
        n.rule("link_" + v, "%s %s $in -o $out $extra %s" % (cfg["cc"], cfg["ldflags"], cfg["libs"]),
               description="LINK[%s] $out" % v)
        n.rule("ar_" + v, "rm -f $out && ar crs $out $in", description="AR[%s] $out" % v)
        objs = [obj(v, s) for s in lib_srcs]
        for s, o in zip(lib_srcs, objs):
            n.build(o, "cc_" + v, s, variables=file_extra(v, s, san_exec))
        lib = "out/%s/libwarden.a" % v
        n.build(lib, "ar_" + v, objs)
        if v == "release":
            n.rule("solink", "%s -shared -Wl,-soname,libwarden.so.0 %s $in -o $out %s" % (
                cfg["cc"], cfg["ldflags"], cfg["libs"]), description="SOLINK $out")
            n.build("out/release/libwarden.so", "solink", objs)
        if v != "fuzz":
            if cli_srcs:
                cobjs = [obj(v, s) for s in cli_srcs]
                for s, o in zip(cli_srcs, cobjs):
                    n.build(o, "cc_" + v, s)
                if v == "release":
                    # Linked from the objects, not libwarden.a (the C API left out), hot ones first and
                    # in the order of hot.ld (HOT_LIST above); warden.map is what bench/hotlist.py reads.
                    lobjs = hot_objects_first(cobjs + [o for o in objs if "/capi/" not in o], hot)
                    extra = "-Wl,-Map=out/release/warden.map" + (" -Wl,-T,%s" % hot_ld if hot_ld else "")
                    n.build("out/release/warden", "link_" + v, lobjs, implicit=[hot_ld] if hot_ld else None,
                            variables={"extra": extra})
                else:
                    n.build("out/%s/warden" % v, "link_" + v, cobjs + [lib])
            gen_obj = obj(v, "fuzz/gen.c")
            if any(uses_generator(s) for s in tool_srcs.values()) or (v == "asan" and replay_srcs):
                n.build(gen_obj, "cc_" + v, "fuzz/gen.c")
            for name, s in tool_srcs.items():
                gen = uses_generator(s)
                n.build(obj(v, s), "cc_" + v, s, variables={"extra": "-Ifuzz"} if gen else None)
                n.build("out/%s/%s" % (v, name), "link_" + v, [obj(v, s)] + ([gen_obj] if gen else []) + [lib],
                        variables={"extra": "-lcjson"})
        if v == "i386" and unit_srcs:
            # The same unit tests on the stand-in for Criterion (tests/unit/crlite), which is first on the
            # include path so that <criterion/criterion.h> is its header.
            crl = "tests/unit/crlite"
            uobjs = [obj(v, s) for s in unit_srcs] + [obj(v, crl + "/main.c")]
            for s, o in zip(unit_srcs + [crl + "/main.c"], uobjs):
                n.build(o, "cc_" + v, s, variables={"extra": "-I" + crl})
            n.build("out/i386/unit-tests", "link_" + v, uobjs + [lib])
        if v == "release":
            for s in srcs("bench/*.c"):   # benchmark tools on the public API (wd-footprint)
                name = "wd-" + os.path.splitext(os.path.basename(s))[0]
                n.build(obj(v, s), "cc_" + v, s)
                n.build("out/%s/%s" % (v, name), "link_" + v, [obj(v, s), lib])
        if v == "asan" and unit_srcs:
            uobjs = [obj(v, s) for s in unit_srcs]
            for s, o in zip(unit_srcs, uobjs):
                n.build(o, "cc_" + v, s)
            n.build("out/asan/unit-tests", "link_" + v, uobjs + [lib], variables={"extra": "-lcriterion"})
        if v == "asan":
            # Fuzz targets that also run without libFuzzer (fuzz/replay/driver.c is their main): ASan + UBSan
            # here, ThreadSanitizer below (fuzz/fuzz_threads.c: several threads over one shared memory).
            own = [REPLAY_DRIVER] + [x for x in fuzz_support if x != "fuzz/gen.c"]   # gen.o: built above
            if replay_srcs:
                for x in own:
                    n.build(obj(v, x), "cc_" + v, x, variables={"extra": "-Ifuzz"})
            for s in replay_srcs:
                name = os.path.splitext(os.path.basename(s))[0]
                n.build(obj(v, s), "cc_" + v, s, variables={"extra": "-Ifuzz"})
                n.build("out/%s/%s" % (v, name), "link_" + v,
                        [obj(v, x) for x in [s] + own] + [obj(v, "fuzz/gen.c"), lib])
        if v == "fuzz":
            sobjs = [obj(v, s) for s in fuzz_support]
            for s, o in zip(fuzz_support, sobjs):
                n.build(o, "cc_" + v, s)
            # Generator-driven targets (marked in their source; see fuzz/README.md) link a runtime with edge
            # coverage but no comparison tracing: their input reaches the runtime only through the
            # generator, so comparison hints from the runtime cannot be spliced back into it, and tracing
            # them costs 40% of every run. The generator and the target keep full instrumentation.
            edge_lib = "out/fuzz/edges/libwarden.a"
            if any(generator_driven(s) for s in fuzz_srcs):
                eobjs = [obj("fuzz/edges", s) for s in lib_srcs]
                for s, o in zip(lib_srcs, eobjs):
                    n.build(o, "cc_" + v, s, variables={"extra": ("-fno-sanitize-coverage=trace-cmp " + (
                        file_extra(v, s, san_exec) or {}).get("extra", "")).strip()})
                n.build(edge_lib, "ar_" + v, eobjs)
            for s in fuzz_srcs:
                name = os.path.splitext(os.path.basename(s))[0]
                n.build(obj(v, s), "cc_" + v, s)
                n.build("out/fuzz/" + name, "link_" + v,
                        [obj(v, s)] + sobjs + [edge_lib if generator_driven(s) else lib],
                        variables={"extra": "-fsanitize=fuzzer"})
        n.newline()

    # ---- spec testsuite: converted with wast2json into out/spec at build time (never copied in).
    n.comment("---- spec testsuite -> out/spec (wast2json)")
    n.rule("wast2json", "mkdir -p $outdir && cd $outdir && wast2json $flags $in -o $name.json > /dev/null",
           description="WAST2JSON $name")
    spec_jsons = []
    if os.path.isdir(testsuite):
        for wast in sorted(glob.glob(os.path.join(testsuite, "**", "*.wast"), recursive=True)):
            relp = os.path.relpath(wast, testsuite)
            folder = os.path.dirname(relp)
            name = os.path.splitext(os.path.basename(relp))[0]
            outdir = os.path.join("out/spec", folder) if folder else "out/spec"
            out = os.path.join(outdir, name + ".json")
            n.build(out, "wast2json", wast, variables={
                "flags": SPEC_FLAGS.get(folder, ""), "outdir": outdir, "name": name})
            spec_jsons.append(out)
    else:
        print("configure.py: warning: no spec testsuite at %s (set WASM_TESTSUITE)" % testsuite,
              file=sys.stderr)
    n.build("spec-json", "phony", spec_jsons)
    n.newline()

    # ---- WebAssembly guests compiled at build time: WASI tests, the example, the bench kernels.
    n.comment("---- wasm32-wasi guests (clang --target=wasm32-wasi) and WAT benchmarks")
    n.rule("wasm_cc", "clang --target=wasm32-wasi -O2 -Wl,--strip-debug $in -o $out -lm",
           description="WASMCC $out")
    n.rule("wat2wasm", "wat2wasm $flags $in -o $out", description="WAT2WASM $out")
    guests = []
    for s in srcs("tests/wasi/*.c"):
        out = "out/wasi/%s.wasm" % os.path.splitext(os.path.basename(s))[0]
        n.build(out, "wasm_cc", s)
        guests.append(out)
    examples = []
    for s in srcs("examples/*.c"):
        base = os.path.splitext(os.path.basename(s))[0]
        if base.startswith("embed"):
            continue  # host-side embedding examples are built against the installed library
        out = "out/examples/%s.wasm" % base
        n.build(out, "wasm_cc", s)
        examples.append(out)
    bench_wasm = []
    for k in sorted(glob.glob(os.path.join(benchdir, "kernels", "*.c"))):
        out = "out/bench/%s.wasm" % os.path.splitext(os.path.basename(k))[0]
        n.build(out, "wasm_cc", k)
        bench_wasm.append(out)
    for w in srcs("bench/*.wat"):
        out = "out/bench/wat/%s.wasm" % os.path.splitext(os.path.basename(w))[0]
        n.build(out, "wat2wasm", w, variables={"flags": "--enable-tail-call"})
        bench_wasm.append(out)
    # The standard C API's test programs (tests/capi/*.c, run by the `capi` suite) load these.
    capi_wasm = []
    for w in srcs("tests/capi/*.wat"):
        out = "out/capi/%s.wasm" % os.path.splitext(os.path.basename(w))[0]
        n.build(out, "wat2wasm", w)
        capi_wasm.append(out)
    n.build("guests", "phony", guests + examples + bench_wasm + capi_wasm)
    if os.path.exists(os.path.join(ROOT, "tests/unit/test_threads.c")) or replay_srcs:
        # ThreadSanitizer builds: one object per source, shared by the threads unit tests (on the Criterion
        # stand-in: Criterion's own runner and TSan disagree), the command (the threads suite runs guest
        # threads through out/tsan/warden) and the thread fuzz targets with the replay driver for a main
        # (libFuzzer does not pair with TSan; the fuzz suite runs them on a fixed seed set).
        n.rule("cc_tsan", "%s -MMD -MF $out.d -std=c11 -D_GNU_SOURCE -Iinclude -Iruntime -Ilayouts -Ifuzz "
               "-Itests/unit/crlite -fno-strict-aliasing -O1 -g -fsanitize=thread -c $in -o $out" % clang,
               depfile="$out.d", description="CC[tsan] $in")
        n.rule("link_tsan", "%s -fsanitize=thread $in -o $out -lm -lpthread" % clang,
               description="LINK[tsan] $out")
        tsan_built = set()
        def tsan_objs(sources):
            objs = []
            for src in sources:
                obj = "out/tsan/obj/%s.o" % os.path.splitext(src)[0]
                if obj not in tsan_built:
                    n.build(obj, "cc_tsan", src)
                    tsan_built.add(obj)
                objs.append(obj)
            return objs
        if os.path.exists(os.path.join(ROOT, "tests/unit/test_threads.c")):
            n.build("out/tsan/threads-tests", "link_tsan",
                    tsan_objs(lib_srcs + ["tests/unit/test_threads.c", "tests/unit/crlite/main.c"]))
        if cli_srcs:
            n.build("out/tsan/warden", "link_tsan", tsan_objs(lib_srcs + cli_srcs))
        for s in replay_srcs:
            name = os.path.splitext(os.path.basename(s))[0]
            n.build("out/tsan/" + name, "link_tsan", tsan_objs(lib_srcs + fuzz_support + [s, REPLAY_DRIVER]))
    n.newline()

    # ---- test, fuzz, spectest, bench
    n.comment("---- aggregate targets")
    n.rule("run_tests", "cd $root && WASM_TESTSUITE=$testsuite %s tests/run-tests.py" % shlex.quote(sys.executable),
           description="TEST", pool="console")
    test_deps = ["out/asan/unit-tests"] if unit_srcs else []
    if os.path.exists(os.path.join(ROOT, "tests/unit/test_threads.c")):
        test_deps.append("out/tsan/threads-tests")
        if cli_srcs:
            test_deps.append("out/tsan/warden")
    test_deps += ["out/asan/%s" % t for t in tool_srcs] + ["out/release/%s" % t for t in tool_srcs]
    if cli_srcs:
        test_deps += ["out/release/warden", "out/asan/warden"]
    fuzz_bins = ["out/fuzz/" + os.path.splitext(os.path.basename(s))[0] for s in fuzz_srcs]
    fuzz_bins += ["out/%s/%s" % (v, os.path.splitext(os.path.basename(s))[0]) for s in replay_srcs
                  for v in ("asan", "tsan")]
    if fuzz_srcs and os.path.exists(os.path.join(ROOT, "fuzz", "make-corpus.sh")):
        # The module targets' seed corpus (testsuite + translate-to-fuzz modules), made at build time.
        n.rule("make_corpus", "cd $root && sh fuzz/make-corpus.sh out/fuzz/corpus > /dev/null && touch $out",
               description="CORPUS out/fuzz/corpus")
        n.build("out/fuzz/corpus.made", "make_corpus", implicit=["fuzz/make-corpus.sh", "spec-json"])
        n.build("fuzz-corpus", "phony", ["out/fuzz/corpus.made"])
        fuzz_bins.append("fuzz-corpus")
    test_deps += fuzz_bins
    test_deps += ["spec-json", "guests"]
    # The i386 suite: unit tests, the spec runner and the command (for `inspect --layouts`).
    test_deps += [t for t in ["out/i386/unit-tests" if unit_srcs else None,
                              "out/i386/wd-spectest" if "wd-spectest" in tool_srcs else None,
                              "out/i386/warden" if cli_srcs else None] if t]
    n.build("test", "run_tests", implicit=test_deps)
    n.build("fuzz", "phony", fuzz_bins)
    if os.path.exists(os.path.join(ROOT, "fuzz", "coverage.sh")):
        # Source-based coverage of runtime/ and layouts/ (instrumented build in out/coverage; see the script).
        n.rule("run_coverage", "cd $root && bash fuzz/coverage.sh", description="COVERAGE", pool="console")
        n.build("coverage", "run_coverage", implicit=["spec-json"])
    if "wd-spectest" in tool_srcs:
        n.rule("run_spectest", "cd $root && out/release/wd-spectest --layout all --mode all "
               "$$(find $testsuite -name '*.wast' | sort)", description="SPECTEST", pool="console")
        n.build("spectest", "run_spectest", implicit=["out/release/wd-spectest"])
    if os.path.exists(os.path.join(ROOT, "bench", "run.py")):
        # The kernels (bench/run.py), then startup on big modules and real programs (bench/startup.py,
        # bench/real.py: their inputs are fetched or built at bench time). BENCH_SUITES picks a subset.
        py = shlex.quote(sys.executable)
        # run.py's results also go to out/bench/speed.json; bench/chart.py draws every out/bench/*.json
        # results file into bench/chart.svg (README.md shows it) with the Python that has matplotlib.
        chart = ""
        chart_py = python_with("matplotlib")
        if chart_py and os.path.exists(os.path.join(ROOT, "bench", "chart.py")):
            chart = " && %s bench/chart.py" % shlex.quote(chart_py)
        n.rule("run_bench", "cd $root && %s bench/run.py --json out/bench/speed.json && %s bench/startup.py && "
               "%s bench/real.py%s" % (py, py, py, chart), description="BENCH", pool="console")
        n.build("bench", "run_bench", implicit=(["out/release/warden"] if cli_srcs else []) + bench_wasm +
                ["out/release/wd-" + os.path.splitext(os.path.basename(s))[0] for s in srcs("bench/*.c")])
    # ---- install: PREFIX (configure time) and DESTDIR (ninja time) honoured.
    n.comment("---- install")
    pc = "out/release/warden.pc"
    os.makedirs(os.path.join(ROOT, "out/release"), exist_ok=True)
    with open(os.path.join(ROOT, pc), "w") as f:
        f.write("prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\n"
                "Name: warden\nDescription: WebAssembly interpreter for hosts that run untrusted code (warden.h, and the standard C API wasm.h)\n"
                "Version: %s\nCflags: -I${includedir}\nLibs: -L${libdir} -lwarden\n"
                "Libs.private: -lmimalloc -lm -pthread\n" % (args.prefix, version()))
    headers = [rel(h) for h in sorted(glob.glob(os.path.join(ROOT, "include", "*")))]
    inst = ["out/release/libwarden.a", "out/release/libwarden.so", pc] + (
        ["out/release/warden"] if cli_srcs else [])
    n.rule("install", "D=$${DESTDIR}$prefix && install -d $$D/lib/pkgconfig $$D/include $$D/bin && "
           "install -m644 out/release/libwarden.a $$D/lib/ && "
           "install -m755 out/release/libwarden.so $$D/lib/libwarden.so.0 && "
           "ln -sf libwarden.so.0 $$D/lib/libwarden.so && install -m644 %s $$D/lib/pkgconfig/ && "
           "install -m644 %s $$D/include/%s" % (
               pc, " ".join(headers),
               (" && install -m755 out/release/warden $$D/bin/" if cli_srcs else "")),
           description="INSTALL to $${DESTDIR}$prefix", pool="console")
    n.build("install", "install", implicit=inst)

    defaults = ["out/release/libwarden.a", "out/release/libwarden.so"]
    if cli_srcs:
        defaults.append("out/release/warden")
    defaults += ["out/release/%s" % t for t in tool_srcs] + examples
    n.default(defaults)

    with open(os.path.join(ROOT, "build.ninja"), "w") as f:
        f.write(n.text())
    print("configure.py: wrote build.ninja (CC=%s, testsuite %s: %d files)" % (
        cc, testsuite, len(spec_jsons)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
