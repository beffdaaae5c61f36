#!/usr/bin/env python3
"""Compare our parser's AST with CPython's over every .py file under some folders.

Usage: compare_ast.py [--rpython PATH] [--show N] [--list] [--batch N] [--timeout S] DIR...

Every `.py` file under the given folders is collected (recursively, sorted; a file named
directly on the command line is taken as is).  Files that CPython itself cannot parse
(SyntaxError, bad encoding, too deep, ...) are skipped.  For the rest, CPython's dump is
`astdump.dump(ast.parse(source_bytes))`, and ours is what

    rpython parse --dump-ast FILE...

prints: for each file a header line `== PATH` (PATH exactly as passed), then either the
dump or the single line `!! errors` (the diagnostics go to stderr).  The CLI runs on
batches of files; it exits 1 when some file had errors, which is fine.  If it crashes or
times out on a batch, the files whose output was complete are kept and the rest are run
again one per process, so that one bad file costs only its own result.  A file for which
the CLI exits normally but prints no section is reported as missing.

Prints progress sparsely, a unified diff of the first N mismatching files (--show),
optionally every mismatching path (--list, one `kind PATH` per line), and as its last line
exactly `files: N, identical: K`, N being the number of files CPython parses.
Exits 0 when every file is identical, 1 otherwise, 2 on a usage error.
"""
import argparse
import ast
import difflib
import os
import subprocess
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import astdump  # noqa: E402  (sits beside this script)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_RPYTHON = os.path.join(REPO_ROOT, "toolchain", "bin", "rpython")

HEADER = "== "
ERRORS_LINE = "!! errors"
DIFF_LINES = 60  # at most this many lines of diff per file shown

# Outcomes of one file, besides "identical".
MISMATCH = "mismatch"  # both parsed, the dumps differ
ERRORS = "errors"      # our parser reported errors on a file CPython accepts
CRASH = "crash"        # the CLI died when run on the file alone
TIMEOUT = "timeout"    # the CLI did not finish on the file alone within the time limit
MISSING = "missing"    # the CLI exited normally without printing a `== PATH` section for it


def collect(paths):
    """Every .py file under the given folders (a file argument is kept as is), sorted."""
    found = []
    for path in paths:
        if os.path.isfile(path):
            found.append(path)
            continue
        if not os.path.isdir(path):
            raise SystemExit("compare_ast: no such file or folder: %s" % path)
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames.sort()
            for name in filenames:
                if name.endswith(".py"):
                    found.append(os.path.join(dirpath, name))
    return sorted(set(found))


def cpython_dump(path):
    """CPython's dump of the file, or None when CPython cannot parse (or dump) it."""
    try:
        with open(path, "rb") as f:
            source = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escapes etc. must not be noise
            tree = ast.parse(source, path)
        return astdump.dump(tree)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError, OSError):
        # ValueError covers UnicodeDecodeError and source containing NUL bytes;
        # RecursionError can also come from astdump on a very deep tree.
        return None


def split_output(text, paths):
    """Split the CLI's stdout into {path: section text}, and the list of paths in the order
    their headers appeared.  Only `== PATH` lines naming a path of this batch count as
    headers, so nothing inside a dump can be mistaken for one."""
    wanted = set(paths)
    sections = {}
    order = []
    current = None
    for line in text.splitlines(keepends=True):
        if line.startswith(HEADER):
            name = line[len(HEADER):].rstrip("\r\n")
            if name in wanted and name not in sections:
                current = name
                sections[name] = []
                order.append(name)
                continue
        if current is not None:
            sections[current].append(line)
    return {name: "".join(lines) for name, lines in sections.items()}, order


def run_cli(rpython, paths, timeout):
    """Run `rpython parse --dump-ast` on the paths.
    Returns (stdout text, stderr text, failure) where failure is None, "crash" or "timeout"."""
    cmd = [rpython, "parse", "--dump-ast", *paths]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", errors="replace")
        err = (e.stderr or b"").decode("utf-8", errors="replace")
        return out, err, TIMEOUT
    out = proc.stdout.decode("utf-8", errors="replace")
    err = proc.stderr.decode("utf-8", errors="replace")
    # 0: every file parsed; 1: some file had errors.  Anything else (an unhandled .NET
    # exception, a stack overflow's SIGABRT, a negative signal number) is a crash.
    return out, err, (None if proc.returncode in (0, 1) else CRASH)


class Comparison:
    """The running tally, and what is needed to show the first few mismatches."""

    def __init__(self, show):
        self.show = show
        self.files = 0
        self.skipped = 0
        self.identical = 0
        self.bad = []  # (kind, path)
        self.shown = 0
        self.crash_notes = []

    def judge(self, path, expected, section, stderr):
        """Record the outcome of one file whose CLI output section is `section`."""
        if section == expected:
            self.identical += 1
            return
        kind = ERRORS if section.strip() == ERRORS_LINE else MISMATCH
        self.bad.append((kind, path))
        if self.shown < self.show:
            self.shown += 1
            print("--- %s: %s" % (kind, path))
            if kind == ERRORS:
                lines = [l for l in stderr.splitlines() if path in l] or stderr.splitlines()
                for line in lines[:10]:
                    print("    " + line)
            else:
                diff = list(difflib.unified_diff(expected.splitlines(), section.splitlines(),
                                                 "cpython", "rpython", lineterm=""))
                for line in diff[:DIFF_LINES]:
                    print(line)
                if len(diff) > DIFF_LINES:
                    print("... (%d more diff lines)" % (len(diff) - DIFF_LINES))

    def failed(self, kind, path, stderr):
        """Record a file the CLI crashed or hung on when run alone, or printed nothing for."""
        self.bad.append((kind, path))
        tail = [l for l in stderr.strip().splitlines() if l.strip()][-3:]
        self.crash_notes.append("%s: %s%s" % (kind, path,
                                              "".join("\n    " + l for l in tail)))


def compare_batch(rpython, batch, timeout, tally):
    """Run the CLI on a batch of (path, expected dump) and record every file's outcome."""
    paths = [p for p, _ in batch]
    out, err, failure = run_cli(rpython, paths, timeout)
    sections, order = split_output(out, paths)
    if failure is None and len(order) == len(paths):
        for path, expected in batch:
            tally.judge(path, expected, sections[path], err)
        return
    if failure is None:
        # A normal exit that leaves files out is a bug in the CLI's output, which running
        # the files again would not cure.
        for path, expected in batch:
            if path in sections:
                tally.judge(path, expected, sections[path], err)
            else:
                tally.failed(MISSING, path, "")
        return
    # Crash or timeout: a section is trustworthy only if the process went on to print
    # another header after it; the other files are run again, one per process.
    complete = set(order[:-1])
    retry = []
    for path, expected in batch:
        if path in complete:
            tally.judge(path, expected, sections[path], err)
        else:
            retry.append((path, expected))
    print("  CLI %s on a batch of %d files; running %d of them one by one"
          % (failure, len(paths), len(retry)), flush=True)
    for path, expected in retry:
        out, err, failure = run_cli(rpython, [path], timeout)
        sections, _ = split_output(out, [path])
        if failure is None and path in sections:
            tally.judge(path, expected, sections[path], err)
        else:
            tally.failed(failure or MISSING, path, err)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Compare `rpython parse --dump-ast` with CPython's ast on .py files.")
    parser.add_argument("dirs", nargs="+", metavar="DIR", help="folders (or files) to check")
    parser.add_argument("--rpython", default=DEFAULT_RPYTHON,
                        help="the rpython executable (default: %(default)s)")
    parser.add_argument("--show", type=int, default=3, metavar="N",
                        help="show a diff for the first N mismatching files (default 3)")
    parser.add_argument("--list", action="store_true", help="print every mismatching path")
    parser.add_argument("--batch", type=int, default=300, metavar="N",
                        help="files per CLI invocation (default 300)")
    parser.add_argument("--timeout", type=float, default=120.0, metavar="S",
                        help="seconds allowed per CLI invocation (default 120)")
    args = parser.parse_args(argv)

    if not (os.path.isfile(args.rpython) and os.access(args.rpython, os.X_OK)):
        print("compare_ast: %s is not an executable (build the toolchain, or pass --rpython)"
              % args.rpython, file=sys.stderr)
        return 2

    candidates = collect(args.dirs)
    print("compare_ast: %d .py files" % len(candidates), flush=True)
    tally = Comparison(args.show)
    started = time.monotonic()
    last_report = started
    batch = []
    for index, path in enumerate(candidates, 1):
        expected = cpython_dump(path)
        if expected is None:
            tally.skipped += 1
        else:
            tally.files += 1
            batch.append((path, expected))
        if len(batch) >= args.batch or (index == len(candidates) and batch):
            compare_batch(args.rpython, batch, args.timeout, tally)
            batch = []
            now = time.monotonic()
            if now - last_report >= 10 or index == len(candidates):
                last_report = now
                print("  %d/%d files read, %d compared, %d identical (%.0fs)"
                      % (index, len(candidates), tally.files, tally.identical, now - started),
                      flush=True)

    kinds = {}
    for kind, _ in tally.bad:
        kinds[kind] = kinds.get(kind, 0) + 1
    if tally.crash_notes:
        print("CLI crashes, timeouts (file run alone) and missing output:")
        for note in tally.crash_notes:
            print("  " + note)
    if args.list and tally.bad:
        print("mismatching files:")
        for kind, path in tally.bad:
            print("%s %s" % (kind, path))
    outcomes = (MISMATCH, ERRORS, CRASH, TIMEOUT, MISSING)
    print("skipped (CPython rejects): %d; %s"
          % (tally.skipped, ", ".join("%s: %d" % (k, kinds.get(k, 0)) for k in outcomes)))
    print("files: %d, identical: %d" % (tally.files, tally.identical))
    return 0 if tally.identical == tally.files else 1


if __name__ == "__main__":
    sys.exit(main())
