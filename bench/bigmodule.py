#!/usr/bin/env python3
"""bench/bigmodule.py — writes a large valid WebAssembly module for load-time measurements.

  python3 bench/bigmodule.py OUT.wasm [--funcs N] [--seed S]

N functions (default 200,000) with varied bodies of realistic size (about 20 to 600 bytes, ~110 on
average, like compiled C): local declarations, integer arithmetic on locals and constants, memory loads and
stores, blocks, loops with br_if, if/else, and calls to earlier functions. Every body is valid (the
generator tracks the operand stack), so the module loads and instantiates in every mode; it has one
memory and exports every 1000th function and a `main` that returns 0 (`warden run --invoke main` times
load + instantiate + one call; the other bodies are not meant to be run: loops may be long, loads may
trap). Deterministic for a given (N, seed).
Measurement only: nothing here is a test. Uses only the Python standard library.
"""
import argparse
import random
import struct
import sys


def uleb(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def sleb(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if (v == 0 and not b & 0x40) or (v == -1 and b & 0x40):
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def vec(items):
    return uleb(len(items)) + b"".join(items)


def section(sid, payload):
    return bytes([sid]) + uleb(len(payload)) + payload


I32, I64 = 0x7F, 0x7E
# Types: 0 (i32,i32)->i32, 1 (i32)->i32, 2 ()->i32, 3 (i32,i32,i32)->(), 4 (i64,i32)->i64
TYPES = [([I32, I32], [I32]), ([I32], [I32]), ([], [I32]), ([I32, I32, I32], []), ([I64, I32], [I64])]

BIN_I32 = [0x6A, 0x6B, 0x6C, 0x71, 0x72, 0x73, 0x74, 0x76]   # add sub mul and or xor shl shr_u
CMP_I32 = [0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B]              # eq ne lt_s lt_u gt_s gt_u


class Body:
    def __init__(self, rng, params, results, nfuncs_before, func_types):
        self.rng = rng
        self.params = params
        self.results = results
        self.nlocals_i32 = rng.randint(0, 6)
        self.nlocals_i64 = rng.randint(0, 2)
        self.locals = params + [I32] * self.nlocals_i32 + [I64] * self.nlocals_i64
        self.code = bytearray()
        self.before = nfuncs_before
        self.func_types = func_types

    def local_of(self, t):
        idx = [i for i, lt in enumerate(self.locals) if lt == t]
        return self.rng.choice(idx) if idx else None

    def i32_expr(self, depth):
        """Emits code that pushes exactly one i32."""
        r, c = self.rng, self.code
        k = r.random()
        if depth <= 0 or k < 0.25:
            li = self.local_of(I32)
            if li is not None and r.random() < 0.6:
                c += b"\x20" + uleb(li)
            else:
                c += b"\x41" + sleb(r.randint(-5000, 100000))
        elif k < 0.55:
            self.i32_expr(depth - 1)
            self.i32_expr(depth - 1)
            c.append(r.choice(BIN_I32))
        elif k < 0.7:
            self.i32_expr(depth - 1)                   # address
            c += b"\x28\x02" + uleb(r.randint(0, 4096) & ~3)     # i32.load align=4
        elif k < 0.8:
            self.i32_expr(depth - 1)
            self.i32_expr(depth - 1)
            c.append(r.choice(CMP_I32))
        elif k < 0.9 and self.before > 0:
            callee = r.randrange(max(0, self.before - 500), self.before)
            ps, rs = TYPES[self.func_types[callee]]
            if rs == [I32] and all(p == I32 for p in ps):
                for _ in ps:
                    self.i32_expr(depth - 1)
                c += b"\x10" + uleb(callee)
            else:
                c += b"\x41" + sleb(r.randint(0, 99))
        else:
            li = self.local_of(I64)
            if li is not None:
                c += b"\x20" + uleb(li) + b"\xa7"     # i32.wrap_i64
            else:
                c += b"\x41\x07"

    def stmt(self, depth):
        """Emits code with no net stack effect."""
        r, c = self.rng, self.code
        k = r.random()
        if k < 0.35:
            li = self.local_of(I32)
            if li is None:
                self.i32_expr(2)
                c.append(0x1A)                           # drop
            else:
                self.i32_expr(3)
                c += b"\x21" + uleb(li)                  # local.set
        elif k < 0.55:
            self.i32_expr(2)
            self.i32_expr(2)
            c += b"\x36\x02" + uleb(r.randint(0, 4096) & ~3)     # i32.store
        elif k < 0.65 and depth > 0:
            c += b"\x02\x40"                             # block
            for _ in range(r.randint(1, 3)):
                self.stmt(depth - 1)
            self.i32_expr(2)
            c += b"\x0d\x00"                             # br_if 0
            self.stmt(depth - 1)
            c.append(0x0B)
        elif k < 0.75 and depth > 0:
            li = self.local_of(I32)
            c += b"\x03\x40"                             # loop
            for _ in range(r.randint(1, 2)):
                self.stmt(depth - 1)
            if li is not None:
                c += b"\x20" + uleb(li) + b"\x41\x01\x6b\x22" + uleb(li)   # get 1 sub tee
            else:
                c += b"\x41\x00"
            c += b"\x0d\x00\x0b"                         # br_if 0, end
        elif k < 0.85 and depth > 0:
            self.i32_expr(2)
            c += b"\x04\x40"                             # if
            self.stmt(depth - 1)
            if r.random() < 0.5:
                c.append(0x05)
                self.stmt(depth - 1)
            c.append(0x0B)
        else:
            li = self.local_of(I64)
            if li is not None:
                c += b"\x20" + uleb(li) + b"\x42" + sleb(r.randint(1, 1 << 40)) + b"\x7c\x21" + uleb(li)
            else:
                self.i32_expr(1)
                c.append(0x1A)

    def build(self):
        r = self.rng
        target = int(r.lognormvariate(4.3, 0.8))          # median ~75 bytes, long tail
        target = max(8, min(target, 600))
        while len(self.code) < target:
            self.stmt(3)
        for t in self.results:
            if t == I32:
                self.i32_expr(2)
            else:
                li = self.local_of(I64)
                self.code += (b"\x20" + uleb(li)) if li is not None else b"\x42\x00"
        self.code.append(0x0B)
        decls = []
        if self.nlocals_i32:
            decls.append(uleb(self.nlocals_i32) + bytes([I32]))
        if self.nlocals_i64:
            decls.append(uleb(self.nlocals_i64) + bytes([I64]))
        body = vec(decls) + bytes(self.code)
        return uleb(len(body)) + body


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--funcs", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = a.funcs
    func_types = [rng.choice([0, 0, 1, 1, 2, 3, 4]) for _ in range(n)]
    func_types.append(2)                                   # main: () -> i32
    types = vec([b"\x60" + vec([bytes([t]) for t in p]) + vec([bytes([t]) for t in rs]) for p, rs in TYPES])
    funcs = vec([uleb(t) for t in func_types])
    memory = vec([b"\x00" + uleb(1)])
    exports = [b"\x06memory\x02\x00", b"\x04main\x00" + uleb(n)]
    for i in range(0, n, 1000):
        name = ("f%d" % i).encode()
        exports.append(uleb(len(name)) + name + b"\x00" + uleb(i))
    bodies = []
    for i in range(n):
        ps, rs = TYPES[func_types[i]]
        bodies.append(Body(rng, list(ps), list(rs), i, func_types).build())
    mb = b"\x00\x41\x00\x0b"                               # main: i32.const 0
    bodies.append(uleb(len(mb)) + mb)
    out = b"\x00asm\x01\x00\x00\x00"
    out += section(1, types) + section(3, funcs) + section(5, memory) + section(7, vec(exports))
    out += section(10, uleb(len(bodies)) + b"".join(bodies))
    with open(a.out, "wb") as f:
        f.write(out)
    code = sum(len(b) for b in bodies)
    print("%s: %d bytes, %d functions, code section %d bytes" % (a.out, len(out), n + 1, code), file=sys.stderr)


if __name__ == "__main__":
    main()
