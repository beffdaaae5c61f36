#!/usr/bin/env python3
"""Benchmark of the generated GC: binary trees (bench/gc/targetbinarytrees.py) translated with
--gc=incminimark and --gc=semispace, against the same algorithm written by hand in C# on the .NET GC
(bench/gc-csharp), measured side by side in one run.

Usage:  python3 bench/bench_gc.py [--runs N] [--depth D] [--live-mb M]

Run ./build.sh first (it installs toolchain/bin/rpython).  Three scenarios:
  throughput  binarytrees DEPTH 0: allocation-bound (young objects that die young); wall-clock
              medians (and minimums) of N runs, process start included, and their ratios.
  pauses      binarytrees 14 LIVE_MB: LIVE_MB megabytes of long-lived trees (1 GB by default), then
              short-lived ones; the collectors' maximum and 99th-percentile pause from their gc-summary
              (RPYTHONLOG=gc:FILE), the same once the live data is built ("steady": from the log's
              records), and .NET's total pause time (GC.GetTotalPauseDuration).
  large       largelists 256 (bench/gc/targetlargelists.py) under incminimark: temporary 160 KB lists
              over 256 MB of live trees; wall-clock median of N runs and its user and kernel CPU (the
              kernel's share is the page faults of large objects' memory).
Every run's output is checked: each system must print what CPython prints for the same arguments
(CPython runs the untranslated program once, on the throughput scenario at depth 12).
Translated programs start counting calls for tier-up at once (their runtimeconfig sets
CallCountingDelayMs to 0); the C# program runs as .NET runs it by default and, for a like-for-like
comparison of the collectors, once more in the throughput scenario with DOTNET_TC_CallCountingDelayMs=0.
The last lines are Markdown tables, as README.md records them.
"""

import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RPYTHON = os.path.join(ROOT, "toolchain", "bin", "rpython")
TARGET = os.path.join(ROOT, "bench", "gc", "targetbinarytrees.py")
LARGE_TARGET = os.path.join(ROOT, "bench", "gc", "targetlargelists.py")
CSHARP_PROJECT = os.path.join(ROOT, "bench", "gc-csharp", "BinaryTreesCSharp.csproj")


def run(command, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit("%s failed (exit %d): %r" % (" ".join(command), result.returncode, result.stderr[-300:]))
    return elapsed, result.stdout, result.stderr


def timed_cpu(command, expected):
    """Wall seconds, user and kernel CPU seconds of one checked run."""
    before = os.times()
    elapsed = checked(command, expected)[0]
    after = os.times()
    return elapsed, after.children_user - before.children_user, after.children_system - before.children_system


def checked(command, expected, env=None):
    elapsed, stdout, stderr = run(command, env)
    if expected is not None and stdout != expected:
        sys.exit("wrong output from %s:\n%s" % (" ".join(command), stdout.decode()))
    return elapsed, stdout, stderr


def summary_field(log, name):
    match = re.search(r"^%s: ([\d.]+) s$" % name, log, re.M)
    return float(match.group(1)) if match else None


TICKS_PER_SECOND = 1e9  # .NET's Stopwatch on Linux: the log's [timestamps]
RECORD = re.compile(r"^\[([0-9a-f]+)\] \{(gc-minor|gc-collect-step|gc-collect)\n(.*?)^\[([0-9a-f]+)\] \2\}$", re.M | re.S)


def steady_pauses(log, live_bytes):
    """The pauses (seconds) once the program's live data is built: the collections and major steps of
    the log, those back to back (less than 20 us apart: one pause, as a minor collection followed by
    major steps is) merged, from the first record whose old generation (semispace: survivors) holds
    live_bytes on."""
    pauses = []
    steady = False
    last_end = None
    for match in RECORD.finditer(log):
        start, end = int(match.group(1), 16), int(match.group(4), 16)
        fields = dict(line.split(": ", 1) for line in match.group(3).splitlines())
        size = int(fields.get("old generation", fields.get("surviving", "0")))
        if not steady:
            steady = size >= live_bytes
            if not steady:
                continue
        if last_end is not None and start - last_end < 20e-6 * TICKS_PER_SECOND and pauses:
            pauses[-1] += (end - last_end) / TICKS_PER_SECOND
        else:
            pauses.append((end - start) / TICKS_PER_SECOND)
        last_end = end
    return pauses


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--depth", type=int, default=16)
    parser.add_argument("--live-mb", type=int, default=1024)
    args = parser.parse_args()
    if not os.path.exists(RPYTHON):
        sys.exit("bench_gc.py: %s is missing: run ./build.sh first" % RPYTHON)

    work = tempfile.mkdtemp(prefix="bench-gc-")
    try:
        executables = {}
        for gc in ("incminimark", "semispace"):
            executables[gc] = os.path.join(work, gc, "binarytrees")
            subprocess.run([RPYTHON, "translate", TARGET, "--gc", gc, "-o", executables[gc]], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        large = os.path.join(work, "large", "largelists")
        subprocess.run([RPYTHON, "translate", LARGE_TARGET, "--gc", "incminimark", "-o", large], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        csharp_folder = os.path.join(work, "csharp")
        subprocess.run(["dotnet", "build", CSHARP_PROJECT, "-c", "Release", "--nologo", "-v", "quiet", "-o", csharp_folder],
                       check=True, stdout=subprocess.DEVNULL)
        systems = [
            ("incminimark", lambda a: [executables["incminimark"]] + a),
            ("semispace", lambda a: [executables["semispace"]] + a),
            ("C# (.NET GC)", lambda a: [os.path.join(csharp_folder, "binarytrees-csharp")] + a),
        ]
        like_for_like = "C# (.NET GC), same JIT settings"
        like_for_like_env = dict(os.environ, DOTNET_TC_CallCountingDelayMs="0")

        python_env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "toolchain"))
        _, reference, _ = run([sys.executable, TARGET, "12", "0"], python_env)
        for name, command in systems:
            checked(command(["12", "0"]), reference)
        print("every system prints CPython's output for binarytrees 12 0")

        throughput_args = [str(args.depth), "0"]
        _, expected, _ = run(systems[-1][1](throughput_args))
        throughput = {}
        throughput_systems = systems + [(like_for_like, systems[-1][1])]
        for name, command in throughput_systems:
            env = like_for_like_env if name == like_for_like else None
            times = [checked(command(throughput_args), expected, env)[0] for _ in range(args.runs)]
            throughput[name] = (statistics.median(times), min(times))
            print("throughput %-13s median %7.3f s  min %7.3f s" % (name, *throughput[name]), flush=True)

        pause_args = ["14", str(args.live_mb)]
        _, expected, _ = run(systems[-1][1](pause_args))
        pauses = {}
        for name, command in systems:
            log = os.path.join(work, "gc.log")
            env = dict(os.environ, RPYTHONLOG="gc:" + log, BINARYTREES_GC_STATS="1")
            elapsed, _, stderr = checked(command(pause_args), expected, env)
            if name.startswith("C#"):
                total = float(re.search(rb"pause ([\d.]+) s", stderr).group(1))
                pauses[name] = (elapsed, None, None, total, None, None, None)
            else:
                with open(log) as f:
                    text = f.read()
                steady = steady_pauses(text, args.live_mb * 1024 * 1024)
                pauses[name] = (elapsed, summary_field(text, "max pause"), summary_field(text, "p99 pause"), summary_field(text, "total pause"),
                                len(steady), max(steady) if steady else None, percentile(steady, 0.99))
            print("pauses     %-13s wall %7.3f s  max %s  p99 %s  total %s  steady: %s pauses, max %s  p99 %s" % ((name, pauses[name][0]) + tuple(
                "-" if v is None else "%d" % v if isinstance(v, int) else "%.4f s" % v for v in pauses[name][1:])), flush=True)

        _, reference, _ = run([sys.executable, LARGE_TARGET, "1", "100", "1000"], python_env)
        checked([large, "1", "100", "1000"], reference)
        _, expected, _ = run([large])
        runs = [timed_cpu([large], expected) for _ in range(args.runs)]
        large_result = tuple(statistics.median(r[i] for r in runs) for i in range(3))
        print("large      incminimark   wall %7.3f s  user %.3f s  kernel %.3f s" % large_result, flush=True)

        def ms(value):
            return "-" if value is None else "%.1f" % (value * 1000)

        base = throughput["C# (.NET GC)"][0]
        base_like_for_like = throughput[like_for_like][0]
        print()
        print("| binarytrees %d 0 | median s (min) | / C# | / C# same JIT settings |" % args.depth)
        print("|---|---|---|---|")
        for name, _ in throughput_systems:
            print("| %s | %.3f (%.3f) | %.2f | %.2f |" % (name, throughput[name][0], throughput[name][1], throughput[name][0] / base,
                                                    throughput[name][0] / base_like_for_like))
        print()
        print("| binarytrees 14 %d (%d MB live) | wall s | max pause ms | p99 pause ms | total pause s | steady: pauses | steady: max ms | steady: p99 ms |" % (args.live_mb, args.live_mb))
        print("|---|---|---|---|---|---|---|---|")
        for name, _ in systems:
            wall, maximum, p99, total, count, steady_max, steady_p99 = pauses[name]
            print("| %s | %.2f | %s | %s | %.2f | %s | %s | %s |" % (name, wall, ms(maximum), ms(p99), total,
                  "-" if count is None else count, ms(steady_max), ms(steady_p99)))
        print()
        print("| largelists 256 (medians of %d) | wall s | user s | kernel s |" % args.runs)
        print("|---|---|---|---|")
        print("| incminimark | %.2f | %.2f | %.2f |" % large_result)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
