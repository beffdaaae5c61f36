#!/usr/bin/env python3
"""Benchmark: the Brainfuck interpreter of interpreter-spec/bf, translated, against the same
interpreter untranslated on CPython and on PyPy, and against a hand-written C# port of it
(bench/bf-csharp), measured side by side in one run; and the time to translate it.

Usage:  python3 bench/bench_bf.py [--runs N] [--programs hello,bench_tiny,...] [--slow]

Run ./build.sh first (it installs toolchain/bin/rpython).  The programs and their expected output
are in ../shared/bench/bf/ (--bf-dir to point elsewhere).  Every run's output is checked against
NAME.b.expected.  Times are wall-clock medians (and minimums) of N runs, process start included.
An untranslated interpreter is only timed on the programs it finishes in reasonable time (CPython
and PyPy without --slow: up to bench_small); a missing PyPy (apt-get install pypy3) is reported and
its column left empty.  The last lines are a Markdown table, as README.md records it.
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
TARGET = os.path.join(ROOT, "interpreter-spec", "bf", "targetbf.py")
CSHARP_PROJECT = os.path.join(ROOT, "bench", "bf-csharp", "BfCSharp.csproj")

# Programs an untranslated interpreter is too slow for (minutes on CPython): only with --slow.
SLOW_FOR_PYTHON = {"bench", "mandel"}


def timed(command, expected, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or result.stdout != expected:
        sys.exit("wrong result from %s (exit %d): %r" % (" ".join(command), result.returncode, result.stderr[-300:]))
    return elapsed


def measure(command, expected, runs, env=None):
    times = [timed(command, expected, env) for _ in range(runs)]
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--programs", default="hello,bench_tiny,bench_small,bench,mandel")
    parser.add_argument("--slow", action="store_true", help="also time the untranslated interpreters on bench and mandel")
    parser.add_argument("--bf-dir", default=os.path.join(ROOT, "..", "shared", "bench", "bf"))
    args = parser.parse_args()

    if not os.path.exists(RPYTHON):
        sys.exit("bench_bf.py: %s is missing: run ./build.sh first" % RPYTHON)
    work = tempfile.mkdtemp(prefix="bench-bf-")
    try:
        translate_times = []
        executable = os.path.join(work, "bf", "bf")
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([RPYTHON, "translate", TARGET, "-o", executable], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            translate_times.append(time.perf_counter() - start)
        print("translate interpreter-spec/bf: median %.2f s (min %.2f s) over %d runs" % (
            statistics.median(translate_times), min(translate_times), args.runs))

        csharp = os.path.join(work, "csharp")
        subprocess.run(["dotnet", "build", CSHARP_PROJECT, "-c", "Release", "--nologo", "-v", "quiet", "-o", csharp],
                       check=True, stdout=subprocess.DEVNULL)
        pypy = shutil.which("pypy3")
        if pypy is None:
            print("pypy3 is not installed (apt-get install pypy3): its column stays empty")
        python_env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "toolchain"))

        systems = [
            ("translated", lambda p: [executable, p], None, False),
            ("CPython", lambda p: [sys.executable, TARGET, p], python_env, True),
            ("PyPy", lambda p: [pypy, TARGET, p], python_env, True),
            ("C# port", lambda p: [os.path.join(csharp, "bf-csharp"), p], None, False),
        ]
        rows = []
        for name in args.programs.split(","):
            path = os.path.join(args.bf_dir, name + ".b")
            with open(path + ".expected", "rb") as f:
                expected = f.read()
            row = {"program": name}
            for system, command, env, is_python in systems:
                if (system == "PyPy" and pypy is None) or (is_python and name in SLOW_FOR_PYTHON and not args.slow):
                    continue
                row[system] = measure(command(path), expected, args.runs, env)
                print("%-12s %-11s median %8.3f s  min %8.3f s" % (name, system, *row[system]), flush=True)
            rows.append(row)

        def cell(row, system):
            return "%.3f (%.3f)" % row[system] if system in row else "-"

        def ratio(row, a, b):
            return "%.2f" % (row[a][0] / row[b][0]) if a in row and b in row else "-"

        print()
        print("| program | translated | CPython | PyPy | C# port | CPython/translated | PyPy/translated | translated/C# |")
        print("|---|---|---|---|---|---|---|---|")
        for row in rows:
            print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                row["program"], cell(row, "translated"), cell(row, "CPython"), cell(row, "PyPy"), cell(row, "C# port"),
                ratio(row, "CPython", "translated"), ratio(row, "PyPy", "translated"), ratio(row, "translated", "C# port")))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
