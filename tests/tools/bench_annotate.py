#!/usr/bin/env python3
"""Annotator speed benchmark: generates an RPython program of about N lines (default 20,000)
and times `rpython annotate` on it (best of 3, wall time including process start).

The program is made of many modules' worth of ordinary interpreter-like code in one file:
classes with attributes and overriding methods, functions calling each other in chains,
loops over lists, dicts of counters, string building, exceptions caught and raised, so every
part of the annotator works (reflow of lists, attributes, return values, method families).
It also runs on CPython (the generated entry point returns 0), which this script checks.

Usage: bench_annotate.py [--lines N] [--rpython PATH] [--keep FILE]
Prints the size and the times, and exits 0; 2 when the rpython executable is missing.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_RPYTHON = os.path.join(REPO_ROOT, "toolchain", "bin", "rpython")

UNIT = '''
class Base{i}(object):
    def __init__(self, value):
        self.value = value
        self.history = []

    def step(self, x):
        self.history.append(x)
        return self.value + x

    def describe(self):
        return "base{i}:" + str(self.value)


class Left{i}(Base{i}):
    def step(self, x):
        if x > {i}:
            return self.value - x
        return self.value * 2

    def describe(self):
        return "left{i}"


class Right{i}(Base{i}):
    def __init__(self, value, scale):
        Base{i}.__init__(self, value)
        self.scale = scale

    def step(self, x):
        return self.value * self.scale + x


class Error{i}(Exception):
    def __init__(self, code):
        self.code = code


def make{i}(n):
    objs = []
    for k in range(n):
        if k % 3 == 0:
            objs.append(Left{i}(k))
        elif k % 3 == 1:
            objs.append(Right{i}(k, {i} + 1))
        else:
            objs.append(Base{i}(k))
    return objs


def run{i}(objs, rounds):
    total = 0
    counts = {{}}
    for r in range(rounds):
        for obj in objs:
            total += obj.step(r)
            name = obj.describe()
            counts[name] = counts.get(name, 0) + 1
    if total < 0:
        raise Error{i}(total)
    return total, len(counts)


def checked{i}(n):
    try:
        total, kinds = run{i}(make{i}(n), 2)
    except Error{i} as e:
        return e.code
    return total + kinds + helper{prev}(n)


def helper{i}(n):
    parts = []
    for k in range(n % 5 + 1):
        parts.append(str(k))
    text = ",".join(parts)
    if len(text) > {i} and n > 0:
        return helper{prev}(n - 1) + len(text)
    return len(text)
'''

HEADER = '''import sys


def helper0(n):
    return n

'''

FOOTER = '''

def entry_point(argv):
    total = 0
{calls}
    return 0 if total != -1 else 1


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
'''


def generate(lines):
    per_unit = UNIT.count("\n")
    units = max(1, (lines - HEADER.count("\n") - 8) // (per_unit + 1))
    body = [HEADER]
    for i in range(1, units + 1):
        body.append(UNIT.format(i=i, prev=i - 1))
    calls = "\n".join("    total += checked%d(len(argv) + %d)" % (i, i % 7) for i in range(1, units + 1))
    body.append(FOOTER.format(calls=calls))
    return "".join(body), units


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=20000)
    parser.add_argument("--rpython", default=DEFAULT_RPYTHON)
    parser.add_argument("--keep", help="also write the generated program to this file")
    args = parser.parse_args()
    if not os.path.exists(args.rpython):
        print("bench_annotate: %s not found; run ./build.sh first" % args.rpython, file=sys.stderr)
        return 2
    source, units = generate(args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench_program.py")
        with open(path, "w") as f:
            f.write(source)
        if args.keep:
            with open(args.keep, "w") as f:
                f.write(source)
        env = dict(os.environ, PYTHONPATH=os.path.join(REPO_ROOT, "toolchain"))
        check = subprocess.run([sys.executable, path], env=env, capture_output=True, timeout=600)
        if check.returncode != 0:
            print("bench_annotate: the generated program fails on CPython:\n" + check.stderr.decode(), file=sys.stderr)
            return 1
        times = []
        for _ in range(3):
            start = time.perf_counter()
            run = subprocess.run([args.rpython, "annotate", path], capture_output=True, timeout=3600)
            times.append(time.perf_counter() - start)
            if run.returncode != 0:
                print("bench_annotate: rpython annotate failed:\n" + run.stderr.decode()[:4000], file=sys.stderr)
                return 1
        functions = sum(1 for line in run.stdout.decode().splitlines() if not line.startswith((" ", "class ")))
    print("program: %d lines, %d units, %d functions annotated" % (source.count("\n"), units, functions))
    print("rpython annotate: best %.2f s, median %.2f s (wall, including process start)" % (min(times), sorted(times)[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
