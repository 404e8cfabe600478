#!/usr/bin/env python3
"""bench/genmod.py — writes a large generated WebAssembly module for the startup benchmark.

    python3 bench/genmod.py OUT.wasm [--functions N] [--seed S]

The module has N functions (default 200,000) of type (i32) -> i32 with bodies drawn, deterministically
from the seed, from a few shapes real compilers emit: straight-line i32/i64 arithmetic, a counted loop
over linear memory, a call to an earlier function, a br_table switch, loads and stores at constant
offsets, and f64 arithmetic. Function k only calls functions below k, so every call chain ends. One page
of memory, exported as "memory". `_start` (no imports: any runtime can run it as a command) calls every
2,000th function once, so the first call touches about 100 functions and their callees.

Python 3 standard library only; the same arguments always give the same bytes (bench/inputs.py pins
the sha256 of the default module).
"""
import argparse
import random
import struct
import sys


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
    return uleb(len(items)) + b"".join(items)


def section(sid, payload):
    return bytes([sid]) + uleb(len(payload)) + payload


I32, I64, F64 = 0x7F, 0x7E, 0x7C
LOCAL_GET, LOCAL_SET, LOCAL_TEE = 0x20, 0x21, 0x22
I32_CONST, I64_CONST, F64_CONST = 0x41, 0x42, 0x44


def i32c(v):
    return bytes([I32_CONST]) + sleb(v)


def arith(r, n):
    """n rounds of i32 arithmetic on the value on the stack."""
    ops = [0x6A, 0x6B, 0x6C, 0x71, 0x72, 0x73, 0x74, 0x76, 0x77]  # add sub mul and or xor shl shr_u rotl
    b = bytearray()
    for _ in range(n):
        b += i32c(r.randrange(-5000, 5000)) + bytes([r.choice(ops)])
    return bytes(b)


def body(r, k):
    shape = r.randrange(6) if k else 0
    locals_ = []
    b = bytearray()
    if shape == 0:                      # straight-line arithmetic
        b += bytes([LOCAL_GET, 0]) + arith(r, r.randrange(2, 12))
    elif shape == 1:                    # counted loop summing memory words
        locals_ = [(2, I32)]
        off = r.randrange(0, 60000) & ~3
        b += bytes([0x02, 0x40, 0x03, 0x40])                       # block loop
        b += bytes([LOCAL_GET, 1, LOCAL_GET, 0]) + i32c(15) + bytes([0x71, 0x4F, 0x0D, 1])  # i >= p&15: br_if 1
        b += bytes([LOCAL_GET, 2, LOCAL_GET, 1]) + i32c(2) + bytes([0x74])                  # sum, i*4
        b += bytes([0x28, 2]) + uleb(off) + bytes([0x6A, LOCAL_SET, 2])                     # load, add
        b += bytes([LOCAL_GET, 1]) + i32c(1) + bytes([0x6A, LOCAL_SET, 1, 0x0C, 0, 0x0B, 0x0B])
        b += bytes([LOCAL_GET, 2]) + arith(r, r.randrange(0, 4))
    elif shape == 2:                    # call an earlier function
        callee = r.randrange(k)
        b += bytes([LOCAL_GET, 0]) + arith(r, r.randrange(1, 4)) + bytes([0x10]) + uleb(callee)
        b += bytes([LOCAL_GET, 0, 0x6A]) + arith(r, r.randrange(0, 3))
    elif shape == 3:                    # br_table switch on p & 3
        locals_ = [(1, I32)]
        b += bytes([0x02, 0x40] * 4)                               # four nested blocks
        b += bytes([LOCAL_GET, 0]) + i32c(3) + bytes([0x71, 0x0E, 3, 0, 1, 2, 3, 0x0B])
        for depth in range(3):
            b += i32c(r.randrange(1 << 20)) + bytes([LOCAL_SET, 1, 0x0C, 2 - depth, 0x0B])
        b += bytes([LOCAL_GET, 1, LOCAL_GET, 0, 0x6A]) + arith(r, r.randrange(0, 3))
    elif shape == 4:                    # store then load at constant offsets, i64 on the way
        off = r.randrange(0, 60000) & ~7
        b += i32c(0) + bytes([LOCAL_GET, 0, 0xAD]) + bytes([I64_CONST]) + sleb(r.randrange(1, 1 << 40))
        b += bytes([0x7E, 0x37, 3]) + uleb(off)                    # i64.mul, i64.store
        b += i32c(0) + bytes([0x29, 3]) + uleb(off) + bytes([I64_CONST]) + sleb(r.randrange(1, 63))
        b += bytes([0x89, 0xA7]) + arith(r, r.randrange(0, 4))     # i64.rotl, i32.wrap_i64
    else:                               # f64 arithmetic
        b += bytes([LOCAL_GET, 0, 0xB7]) + bytes([F64_CONST]) + struct.pack("<d", r.uniform(0.5, 2.0))
        b += bytes([0xA2]) + bytes([F64_CONST]) + struct.pack("<d", r.uniform(-10, 10))
        b += bytes([0xA0, 0x99, 0x9F, 0xFC, 0x02])                 # add abs sqrt i32.trunc_sat_f64_s
        b += arith(r, r.randrange(0, 4))
    b += bytes([0x0B])
    loc = vec([uleb(c) + bytes([t]) for c, t in locals_])
    code = loc + bytes(b)
    return uleb(len(code)) + code


def build(nfuncs, seed):
    r = random.Random(seed)
    types = vec([b"\x60" + vec([bytes([I32])]) + vec([bytes([I32])]),   # 0: (i32) -> i32
                 b"\x60" + vec([]) + vec([])])                            # 1: () -> ()
    funcs = uleb(nfuncs + 1) + b"".join(uleb(0) for _ in range(nfuncs)) + uleb(1)
    memory = vec([b"\x00" + uleb(1)])
    exports = vec([uleb(6) + b"memory" + b"\x02" + uleb(0),
                   uleb(6) + b"_start" + b"\x00" + uleb(nfuncs)])
    bodies = [body(r, k) for k in range(nfuncs)]
    start = bytearray()
    for k in range(0, nfuncs, 2000):
        start += i32c(k) + bytes([0x10]) + uleb(k) + bytes([0x1A])   # call k; drop
    start += bytes([0x0B])
    bodies.append(uleb(len(start) + 1) + b"\x00" + bytes(start))
    code = uleb(len(bodies)) + b"".join(bodies)
    return (b"\x00asm\x01\x00\x00\x00" + section(1, types) + section(3, funcs) + section(5, memory) +
            section(7, exports) + section(10, code))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--functions", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=9)
    a = ap.parse_args()
    if a.functions < 1:
        ap.error("--functions must be at least 1")
    data = build(a.functions, a.seed)
    with open(a.out, "wb") as f:
        f.write(data)
    print("genmod: %s: %d functions, %d bytes" % (a.out, a.functions + 1, len(data)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
