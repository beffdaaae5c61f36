#!/usr/bin/env python3
"""Benchmark: the Lox VM of interpreter-spec/lox, translated, on the Lox programs of
../shared/lox/test/benchmark/, against the same interpreter untranslated on CPython and on PyPy,
measured side by side in one run (clox's times are in ../shared/bench/ANCHORS.md).

Usage:  python3 bench/bench_lox.py [--runs N] [--benchmarks fib,zoo,...] [--cpython-timeout S] [--pypy-timeout S]

Run ./build.sh first (it installs toolchain/bin/rpython).  Times are wall-clock medians (and
minimums) of N runs of the translated VM, process start included; the untranslated VM runs once,
and is stopped after its time limit (reported as "> S").  Every run's output is checked: the lines
a benchmark prints that are not its own timings (clock() differences) must be the same on every
system that finishes.  The last lines are a Markdown table, as README.md records it.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RPYTHON = os.path.join(ROOT, "toolchain", "bin", "rpython")
TARGET = os.path.join(ROOT, "interpreter-spec", "lox", "targetlox.py")
BENCHMARKS = os.path.join(ROOT, "..", "shared", "lox", "test", "benchmark")


def results(stdout):
    """The lines of a benchmark's output that are not timings."""
    lines = []
    for line in stdout.decode("utf-8", "replace").splitlines():
        try:
            float(line)
        except ValueError:
            lines.append(line)
    return lines


def timed(command, timeout, env=None):
    """(seconds, non-timing output lines), or (None, None) past the time limit."""
    start = time.perf_counter()
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None
    elapsed = time.perf_counter() - start
    lines = results(result.stdout)
    if result.returncode != 0:
        sys.exit("wrong result from %s (exit %d): %r %r" % (" ".join(command), result.returncode, lines[:5], result.stderr[-300:]))
    return elapsed, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--benchmarks", default=",".join(sorted(f[:-4] for f in os.listdir(BENCHMARKS) if f.endswith(".lox"))))
    parser.add_argument("--cpython-timeout", type=float, default=60)
    parser.add_argument("--pypy-timeout", type=float, default=120)
    args = parser.parse_args()
    if not os.path.exists(RPYTHON):
        sys.exit("bench_lox.py: %s is missing: run ./build.sh first" % RPYTHON)

    work = tempfile.mkdtemp(prefix="bench-lox-")
    try:
        executable = os.path.join(work, "lox", "lox")
        start = time.perf_counter()
        subprocess.run([RPYTHON, "translate", TARGET, "-o", executable], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("translate interpreter-spec/lox: %.2f s" % (time.perf_counter() - start))
        pypy = shutil.which("pypy3")
        if pypy is None:
            print("pypy3 is not installed (apt-get install pypy3): its column stays empty")
        python_env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "toolchain"))
        rows = []
        for name in args.benchmarks.split(","):
            path = os.path.join(BENCHMARKS, name + ".lox")
            runs = [timed([executable, path], None) for _ in range(args.runs)]
            expected = runs[0][1]
            if any(lines != expected for _, lines in runs):
                sys.exit("%s: the translated VM's output varies between runs" % name)
            times = [t for t, _ in runs]
            row = {"name": name, "translated": (statistics.median(times), min(times))}
            print("%-16s translated median %8.3f s  min %8.3f s" % (name, *row["translated"]), flush=True)
            for system, command, timeout in (("CPython", sys.executable, args.cpython_timeout), ("PyPy", pypy, args.pypy_timeout)):
                if command is None:
                    continue
                elapsed, lines = timed([command, TARGET, path], timeout, python_env)
                if lines is not None and lines != expected:
                    sys.exit("%s on %s prints %r, translated %r" % (name, system, lines[:5], expected[:5]))
                row[system] = elapsed if elapsed is not None else -timeout
                print("%-16s %-10s %s" % (name, system, "%.3f s" % elapsed if elapsed is not None else "> %.0f s" % timeout), flush=True)
            rows.append(row)

        def cell(row, system):
            value = row.get(system)
            return "-" if value is None else "> %.0f" % -value if value < 0 else "%.2f" % value

        def ratio(row, system):
            value = row.get(system)
            return "-" if value is None else "> %.0f" % (-value / row["translated"][0]) if value < 0 else "%.1f" % (value / row["translated"][0])

        print()
        print("| benchmark | translated median s (min) | CPython s | PyPy s | CPython/translated | PyPy/translated |")
        print("|---|---|---|---|---|---|")
        for row in rows:
            print("| %s | %.3f (%.3f) | %s | %s | %s | %s |" % (row["name"], row["translated"][0], row["translated"][1],
                  cell(row, "CPython"), cell(row, "PyPy"), ratio(row, "CPython"), ratio(row, "PyPy")))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
