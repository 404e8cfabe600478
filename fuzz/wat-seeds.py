#!/usr/bin/env python3
"""wat-seeds.py — the text reader's seeds (fuzz_wat): every "(module ...)" written as text (not
`binary`/`quote`) in the .wast scripts under TESTSUITE, one file each, named by content hash.

    python3 fuzz/wat-seeds.py TESTSUITE OUTDIR

Called by fuzz/make-corpus.sh --text. Python 3 standard library only; writes only OUTDIR.
"""
import hashlib
import os
import sys


def forms(t):
    """Yields every text module form of a script (comments and strings are skipped)."""
    i, n, stack = 0, len(t), []
    while i < n:
        c = t[i]
        if t.startswith(";;", i):
            j = t.find("\n", i)
            i = n if j < 0 else j
        elif t.startswith("(;", i):
            d = 0
            while i < n:
                if t.startswith("(;", i):
                    d, i = d + 1, i + 2
                elif t.startswith(";)", i):
                    d, i = d - 1, i + 2
                else:
                    i += 1
                if d == 0:
                    break
        elif c == '"':
            i += 1
            while i < n and t[i] != '"':
                i += 2 if t[i] == "\\" else 1
            i += 1
        elif c == "(":
            stack.append(i)
            i += 1
        elif c == ")":
            s = stack.pop() if stack else 0
            f = t[s:i + 1]
            if f.startswith("(module"):
                head = f[7:].split(None, 2)
                words = [w for w in head[:2] if not w.startswith("$")]
                if not words or words[0] not in ("binary", "quote", "definition", "instance"):
                    yield f
            i += 1
        else:
            i += 1


def main():
    ts, dst = sys.argv[1], sys.argv[2]
    os.makedirs(dst, exist_ok=True)
    n = 0
    for base, _, files in os.walk(ts):
        for name in sorted(files):
            if not name.endswith(".wast"):
                continue
            with open(os.path.join(base, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            for form in forms(text):
                b = form.encode()
                path = os.path.join(dst, hashlib.sha1(b).hexdigest())
                if not os.path.exists(path):
                    with open(path, "wb") as o:
                        o.write(b)
                    n += 1
    print("wat-seeds.py: %d text modules in %s" % (n, dst))


if __name__ == "__main__":
    main()
