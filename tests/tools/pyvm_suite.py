#!/usr/bin/env python3
"""Runs the Python VM's conformance corpus (tests/Rpython.Tests/PyVm/programs/, README.md there)
against a pyvm and reports pass counts per feature folder.

    python3 tests/tools/pyvm_suite.py                          # generated/pyvm/pyvm
    python3 tests/tools/pyvm_suite.py --pyvm path/to/pyvm      # another executable
    python3 tests/tools/pyvm_suite.py --untranslated --sample 40
                                   # python3 interpreter-spec/pyvm/targetpyvm.py NAME.py (slow)
    python3 tests/tools/pyvm_suite.py --untranslated --target ../wt-pyvm/interpreter-spec/pyvm/targetpyvm.py
    python3 tests/tools/pyvm_suite.py -v strings/ ints/int_bases.py
    python3 tests/tools/pyvm_suite.py --command python3 -B        # CPython itself (checks the corpus)

PATH arguments are programs or folders, absolute or relative to the current folder or to the
corpus; the default is the whole corpus.

Each program runs as make_pyvm_expected.py ran CPython to record its expected output: in a fresh
scratch folder holding a copy of NAME.py and of its folder's support files (``_*``), as
``PYVM NAME.py ARGS...`` (ARGS from its ``# args:`` line), with NAME.py.stdin (or nothing) on
standard input, within --timeout seconds.  Untranslated, the interpreter runs on this CPython
with toolchain/ on PYTHONPATH (for rpython.rlib), writing no bytecode caches.

A run passes when (``check`` below, twin of PyVmExpectation.cs):
  * the exit code is the recorded one;
  * stdout is the recorded stdout, byte for byte;
  * stderr: if CPython wrote nothing there, the VM writes nothing either; otherwise the last
    non-empty line of the VM's stderr is CPython's last one (``ZeroDivisionError: division by
    zero``).  ``--tracebacks`` also compares the skeleton of tracebacks: the ``Traceback (most
    recent call last):`` headers, ``File "NAME.py", line N, in f`` lines, chaining messages and
    ``[Previous line repeated N more times]`` (not the source lines and carets CPython 3.11
    adds);
  * never a .NET crash (``Unhandled exception.`` or ``   at Namespace.Method(`` on stderr).
A program marked ``# pyvm: unsupported`` (first line) also passes when the VM rejects it
cleanly: exit code 1, stderr's last line a SyntaxError, NotImplementedError, ImportError or
ModuleNotFoundError, and stdout a prefix of CPython's.  Such passes are counted as "rejected".

Prints one line per failing program with the first difference (-v: one line per program), then
``FOLDER: P/T passed`` per feature folder and ``total: P/T passed``.  Exit status 0 when every
program run passed, 1 otherwise, 2 for a bad command line or a missing pyvm.  With --known, the
programs PyVm/known_failures.txt lists are expected to fail (``known``, shown with -v): only the
other failures and the listed programs that pass (``FIXED``) are shown and make the status 1.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_pyvm_expected as corpus  # noqa: E402  (the shared corpus conventions)

REPO = corpus.REPO
CORPUS = corpus.CORPUS
DEFAULT_PYVM = os.path.join(REPO, "generated", "pyvm", "pyvm.exe" if os.name == "nt" else "pyvm")
DEFAULT_TARGET = os.path.join(REPO, "interpreter-spec", "pyvm", "targetpyvm.py")
TOOLCHAIN = os.path.join(REPO, "toolchain")
KNOWN_FAILURES = os.path.join(REPO, "tests", "Rpython.Tests", "PyVm", "known_failures.txt")
DEFAULT_TIMEOUT = 10.0
DEFAULT_UNTRANSLATED_TIMEOUT = 300.0

CLEAN_REJECTION = re.compile(r"^(SyntaxError|IndentationError|NotImplementedError|ImportError|ModuleNotFoundError)\b")
DOTNET_CRASH = re.compile(r"^(Unhandled exception\.|\s+at [\w.`<>\[\]]+\(.*\)( in .*)?$)", re.MULTILINE)
TRACEBACK_SKELETON = re.compile(
    r"^(Traceback \(most recent call last\):"
    r"|  File \".*\", line \d+(, in .*)?"
    r"|  \[Previous line repeated \d+ more times?\]"
    r"|The above exception was the direct cause of the following exception:"
    r"|During handling of the above exception, another exception occurred:)$")


def last_line(data):
    """The last non-blank line of ``data`` (bytes, decoded leniently), without trailing blanks."""
    lines = [l.rstrip() for l in data.decode("utf-8", "replace").replace("\r\n", "\n").split("\n")]
    lines = [l for l in lines if l]
    return lines[-1] if lines else ""


def traceback_skeleton(data):
    """The lines of a traceback that say where it happened and how exceptions chain."""
    text = data.decode("utf-8", "replace").replace("\r\n", "\n")
    return [l for l in text.split("\n") if TRACEBACK_SKELETON.match(l)] + [last_line(data)]


def first_difference(label, expected, actual):
    """``label`` differs at line N: expected '...', got '...' (a missing line is (end))."""
    e = expected.decode("utf-8", "replace").split("\n")
    a = actual.decode("utf-8", "replace").split("\n")
    n = 0
    while n < len(e) and n < len(a) and e[n] == a[n]:
        n += 1

    def quote(lines):
        if n >= len(lines):
            return "(end)"
        line = lines[n]
        return repr(line if len(line) <= 60 else line[:60] + "...")
    return "%s differs at line %d: expected %s, got %s" % (label, n + 1, quote(e), quote(a))


def check(expected, actual, unsupported=False, tracebacks=False):
    """(verdict, detail): verdict is "pass", "rejected" (a clean rejection of an unsupported
    program) or "fail", with the first difference as the detail."""
    crash = DOTNET_CRASH.search(actual.stderr.decode("utf-8", "replace"))
    if crash:
        return "fail", "crashed with a .NET stack trace: " + crash.group(0).strip()[:100]
    problem = None
    if actual.exit_code != expected.exit_code:
        problem = "exit code %d, expected %d" % (actual.exit_code, expected.exit_code)
        if actual.stderr:
            problem += " (stderr: %s)" % last_line(actual.stderr)[:100]
    elif actual.stdout != expected.stdout:
        problem = first_difference("stdout", expected.stdout, actual.stdout)
    elif not expected.stderr and actual.stderr:
        problem = "stderr should be empty, got: %s" % last_line(actual.stderr)[:100]
    elif expected.stderr and last_line(actual.stderr) != last_line(expected.stderr):
        problem = "stderr's last line: expected %r, got %r" % (last_line(expected.stderr), last_line(actual.stderr))
    elif tracebacks and expected.stderr and traceback_skeleton(actual.stderr) != traceback_skeleton(expected.stderr):
        problem = first_difference("traceback", "\n".join(traceback_skeleton(expected.stderr)).encode("utf-8"),
                                   "\n".join(traceback_skeleton(actual.stderr)).encode("utf-8"))
    if problem is None:
        return "pass", ""
    if unsupported and actual.exit_code == 1 and CLEAN_REJECTION.match(last_line(actual.stderr)) \
            and expected.stdout.startswith(actual.stdout):
        return "rejected", last_line(actual.stderr)
    return "fail", problem


def run_program(command, path, timeout, env):
    """Runs one program with ``command``; returns (verdict, detail, seconds)."""
    expected = corpus.read_expected(path)
    if expected is None:
        return "fail", "no .expected file (run make_pyvm_expected.py)", 0.0
    start = time.time()
    try:
        actual = corpus.run(command, path, env, timeout)
    except corpus.RunError as e:
        return "fail", str(e), time.time() - start
    except OSError as e:
        return "fail", "cannot run %s: %s" % (command[0], e), time.time() - start
    verdict, detail = check(expected, actual, corpus.is_unsupported(path), OPTIONS.tracebacks)
    return verdict, detail, time.time() - start


def folder_of(path):
    """The feature folder of a program: its folder relative to the corpus."""
    rel = os.path.relpath(os.path.dirname(os.path.abspath(path)), CORPUS)
    return rel.replace(os.sep, "/")


def program_id(path):
    return os.path.relpath(os.path.abspath(path), CORPUS).replace(os.sep, "/")


def sample(programs, n, seed):
    """``n`` programs spread over the feature folders: the folders and each folder's programs
    shuffled (``seed``), then taken round-robin across folders; returned in corpus order."""
    if n is None or n >= len(programs):
        return programs
    rng = random.Random(seed)
    by_folder = {}
    for p in programs:
        by_folder.setdefault(folder_of(p), []).append(p)
    queues = []
    for folder in sorted(by_folder):
        items = list(by_folder[folder])
        rng.shuffle(items)
        queues.append(items)
    rng.shuffle(queues)
    chosen = set()
    while len(chosen) < n:
        for q in queues:
            if q and len(chosen) < n:
                chosen.add(q.pop())
    return [p for p in programs if p in chosen]


def load_known_failures(path):
    """The program ids known_failures.txt lists (PyVmConformanceTests' list; absent: none)."""
    if not os.path.isfile(path):
        return set()
    with open(path, encoding="utf-8") as f:
        lines = [line.split("#", 1)[0].strip() for line in f]
    return {line for line in lines if line}


def resolve(paths):
    """Program or folder arguments, relative to the current folder or to the corpus."""
    out = []
    for p in paths:
        if not os.path.exists(p) and os.path.exists(os.path.join(CORPUS, p)):
            p = os.path.join(CORPUS, p)
        out.append(p)
    return out


OPTIONS = None


def main(argv):
    global OPTIONS
    parser = argparse.ArgumentParser(prog="pyvm_suite.py",
                                     description="Run the PyVm conformance corpus against a pyvm.")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--pyvm", default=None, help="the pyvm executable (default generated/pyvm/pyvm)")
    how.add_argument("--untranslated", action="store_true",
                     help="run the interpreter on CPython: python3 TARGET NAME.py (slow)")
    how.add_argument("--command", nargs=argparse.REMAINDER,
                     help="any command (the rest of the line); NAME.py and its args are appended")
    parser.add_argument("--target", default=DEFAULT_TARGET,
                        help="with --untranslated: the target file (default interpreter-spec/pyvm/targetpyvm.py)")
    parser.add_argument("--sample", type=int, metavar="N", help="run only N programs, spread over the folders")
    parser.add_argument("--seed", type=int, default=0, help="the seed of --sample (default 0)")
    parser.add_argument("--timeout", type=float, default=None,
                        help="seconds per program (default %g, untranslated %g)" % (DEFAULT_TIMEOUT, DEFAULT_UNTRANSLATED_TIMEOUT))
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2, help="programs run in parallel")
    parser.add_argument("--tracebacks", action="store_true",
                        help="also compare the File/line/function lines of tracebacks")
    parser.add_argument("--known", action="store_true",
                        help="compare with PyVm/known_failures.txt: only new failures (and listed programs that "
                             "pass now) are reported and make the exit status 1")
    parser.add_argument("--verbose", "-v", action="store_true", help="one line per program, with its time")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="programs or folders (default: the whole corpus)")
    OPTIONS = options = parser.parse_args(argv)

    env = corpus.clean_environment(corpus.RECORDED_SEED)
    if options.command:
        command = options.command
    elif options.untranslated:
        if not os.path.isfile(options.target):
            sys.stderr.write("pyvm_suite.py: no interpreter at %s\n" % options.target)
            return 2
        command = [sys.executable, os.path.abspath(options.target)]
        env["PYTHONPATH"] = TOOLCHAIN
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ beside the interpreter's sources
    else:
        pyvm = os.path.abspath(options.pyvm or DEFAULT_PYVM)
        if not os.path.isfile(pyvm):
            sys.stderr.write("pyvm_suite.py: no pyvm at %s (translate it, or use --pyvm PATH or --untranslated)\n" % pyvm)
            return 2
        command = [pyvm]
    timeout = options.timeout or (DEFAULT_UNTRANSLATED_TIMEOUT if options.untranslated else DEFAULT_TIMEOUT)

    try:
        programs, _ = corpus.collect(resolve(options.paths) or [CORPUS])
    except ValueError as e:
        parser.error(str(e))
    programs = sample(programs, options.sample, options.seed)

    known = load_known_failures(KNOWN_FAILURES) if options.known else set()
    unexpected = 0
    counts = {}  # folder -> [passed, rejected, total]
    start = time.time()
    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        results = pool.map(lambda p: run_program(command, p, timeout, env), programs)
        for path, (verdict, detail, seconds) in zip(programs, results):
            c = counts.setdefault(folder_of(path), [0, 0, 0])
            c[2] += 1
            if verdict != "fail":
                c[0] += 1
            if verdict == "rejected":
                c[1] += 1
            listed = program_id(path) in known
            word = {"pass": "ok", "rejected": "ok", "fail": "FAIL"}[verdict]
            if listed:
                word = "known" if verdict == "fail" else "FIXED"
                if verdict != "fail":
                    detail = "passes now: remove its line from known_failures.txt"
            if (verdict == "fail") != listed:
                unexpected += 1
            if (verdict == "fail" and not listed) or word == "FIXED" or options.verbose:
                line = "%-5s %s" % (word, program_id(path))
                if options.verbose:
                    line += "  (%.2f s)" % seconds
                if detail:
                    line += "  " + ("rejected cleanly: " if verdict == "rejected" else "") + detail
                print(line, flush=True)

    width = max([len(f) for f in counts] + [5])
    for folder in sorted(counts):
        passed, rejected, total = counts[folder]
        print("%-*s %4d/%d passed%s" % (width + 1, folder + ":", passed, total,
                                        " (%d rejected cleanly)" % rejected if rejected else ""))
    passed = sum(c[0] for c in counts.values())
    rejected = sum(c[1] for c in counts.values())
    total = sum(c[2] for c in counts.values())
    print("%-*s %4d/%d passed%s in %.1f s" % (width + 1, "total:", passed, total,
                                              " (%d rejected cleanly)" % rejected if rejected else "",
                                              time.time() - start))
    if options.known:
        print("%d unexpected (new failures, or listed programs that pass now)" % unexpected)
        return 0 if unexpected == 0 else 1
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
