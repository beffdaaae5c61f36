#!/usr/bin/env python3
"""Benchmark: the Python VM of interpreter-spec/pyvm, translated, against CPython and PyPy running
the same programs (../shared/bench/python/), measured side by side in one run.

Usage:  python3 bench/bench_pyvm.py [--runs N] [--pyvm PATH] [--benchmarks fib,nbody,...]

Run ./build.sh first: it translates pyvm to generated/pyvm/pyvm (--pyvm to time another build).
Times are wall-clock medians (and minimums) of N runs, process start included; every run's output
is checked against NAME.py.expected.  A missing PyPy (apt-get install pypy3) leaves its column
empty.  The last lines are a Markdown table, as README.md records it.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCHMARKS = os.path.join(ROOT, "..", "shared", "bench", "python")


def timed(command, expected):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or result.stdout != expected:
        sys.exit("wrong result from %s (exit %d): %r" % (" ".join(command), result.returncode, result.stderr[-300:]))
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pyvm", default=os.path.join(ROOT, "generated", "pyvm", "pyvm"))
    parser.add_argument("--benchmarks", default=",".join(sorted(f[:-3] for f in os.listdir(BENCHMARKS) if f.endswith(".py"))))
    args = parser.parse_args()
    if not os.path.exists(args.pyvm):
        sys.exit("bench_pyvm.py: %s is missing: run ./build.sh first" % args.pyvm)
    pypy = shutil.which("pypy3")
    if pypy is None:
        print("pypy3 is not installed (apt-get install pypy3): its column stays empty")
    systems = [("pyvm", args.pyvm), ("CPython", sys.executable), ("PyPy", pypy)]
    rows = []
    for name in args.benchmarks.split(","):
        path = os.path.join(BENCHMARKS, name + ".py")
        with open(path + ".expected", "rb") as f:
            expected = f.read()
        row = {"name": name}
        for system, executable in systems:
            if executable is None:
                continue
            times = [timed([executable, path], expected) for _ in range(args.runs)]
            row[system] = (statistics.median(times), min(times))
            print("%-14s %-8s median %7.3f s  min %7.3f s" % (name, system, *row[system]), flush=True)
        rows.append(row)

    def cell(row, system):
        return "%.2f (%.2f)" % row[system] if system in row else "-"

    def ratio(row, a, b):
        return "%.1f" % (row[a][0] / row[b][0]) if a in row and b in row else "-"

    print()
    print("| benchmark | pyvm | CPython | PyPy | pyvm/CPython | pyvm/PyPy |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| %s | %s | %s | %s | %s | %s |" % (row["name"], cell(row, "pyvm"), cell(row, "CPython"), cell(row, "PyPy"),
                                                  ratio(row, "pyvm", "CPython"), ratio(row, "pyvm", "PyPy")))


if __name__ == "__main__":
    main()
