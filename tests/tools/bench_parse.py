#!/usr/bin/env python3
"""Parser speed benchmark: our `rpython parse` against CPython's `ast.parse`, same run.

Usage: bench_parse.py [--rpython PATH] [--stdlib DIR] [--batch N]

The corpus is every .py file under DIR (default: CPython's standard library, the folder of
the `ast` module, recursively; `site-packages` and `dist-packages` folders are left out, as
they are not the standard library) that CPython parses.

  CPython  wall time of `ast.parse(source_bytes)` over all files, in this process, with
           all files read beforehand so only parsing is timed; best of 3.
  ours     wall time of `rpython parse FILE...` over all files in batches of ~1000 paths
           (command-line length limits), including process start; best of 3.  This also
           includes reading the files and the .NET JIT warming up in every process, so it
           is an upper bound.  "ours - startup" subtracts, once per batch, the best of 5
           timings of `rpython --version` (a process start that parses nothing).

Prints a small table (files, lines, bytes, seconds, ratio to CPython, lines/s).
Exits 0 after measuring; 2 when the rpython executable is missing.
"""
import argparse
import ast
import os
import subprocess
import sys
import time
import warnings

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_RPYTHON = os.path.join(REPO_ROOT, "toolchain", "bin", "rpython")


def collect(root):
    """(path, source bytes) of every .py file under root that CPython parses, sorted,
    leaving out installed third-party packages."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "dist-packages"))
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            try:
                with open(path, "rb") as f:
                    source = f.read()
                ast.parse(source, path)
            except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError,
                    OSError):
                continue
            found.append((path, source))
    return found


def best_of(times, action):
    """The shortest wall time of `times` runs of action()."""
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv=None):
    parser = argparse.ArgumentParser(description="Benchmark rpython parse against ast.parse.")
    parser.add_argument("--rpython", default=DEFAULT_RPYTHON,
                        help="the rpython executable (default: %(default)s)")
    parser.add_argument("--stdlib", default=os.path.dirname(ast.__file__),
                        help="folder of .py files to parse (default: %(default)s)")
    parser.add_argument("--batch", type=int, default=1000, metavar="N",
                        help="paths per rpython invocation (default 1000)")
    args = parser.parse_args(argv)
    if not (os.path.isfile(args.rpython) and os.access(args.rpython, os.X_OK)):
        print("bench_parse: %s is not an executable (build the toolchain, or pass --rpython)"
              % args.rpython, file=sys.stderr)
        return 2

    warnings.simplefilter("ignore")  # invalid escape sequences etc. in the corpus
    corpus = collect(args.stdlib)
    paths = [p for p, _ in corpus]
    sources = [s for _, s in corpus]
    n_bytes = sum(len(s) for s in sources)
    n_lines = sum(len(s.splitlines()) for s in sources)
    batches = [paths[i:i + args.batch] for i in range(0, len(paths), args.batch)]
    print("corpus: %s: %d files, %d lines, %d bytes, %d rpython invocations"
          % (args.stdlib, len(paths), n_lines, n_bytes, len(batches)), flush=True)

    def cpython():
        for path, source in corpus:
            ast.parse(source, path)

    exit_codes = set()

    def ours():
        for batch in batches:
            proc = subprocess.run([args.rpython, "parse", *batch],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            exit_codes.add(proc.returncode)

    def startup():
        subprocess.run([args.rpython, "--version"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    t_cpython = best_of(3, cpython)
    t_ours = best_of(3, ours)
    t_start = best_of(5, startup)
    t_net = max(t_ours - t_start * len(batches), 1e-9)
    if exit_codes - {0, 1}:
        print("warning: rpython parse exited with %s (crash?); its times are suspect"
              % sorted(exit_codes - {0, 1}))
    elif 1 in exit_codes:
        print("note: rpython parse reported errors on some files CPython parses")

    rows = [("CPython ast.parse", t_cpython),
            ("ours (wall)", t_ours),
            ("ours - startup", t_net)]
    print()
    print("%-20s %7s %9s %11s %9s %7s %11s" %
          ("", "files", "lines", "bytes", "seconds", "ratio", "lines/s"))
    for name, seconds in rows:
        print("%-20s %7d %9d %11d %9.3f %6.2fx %11.0f" %
              (name, len(paths), n_lines, n_bytes, seconds, seconds / t_cpython,
               n_lines / seconds))
    print("(process startup: %.3f s each, best of 5; ratio = time / CPython's time)" % t_start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
