#!/usr/bin/env python3
"""Record what CPython 3.11 makes of the Python VM's conformance corpus: the expected output of
``tests/Rpython.Tests/PyVm/`` (README.md there), whose harness runs each program with the
translated VM (``pyvm NAME.py``) and compares.

Usage::

    python3 tests/tools/make_pyvm_expected.py [--check] [--runs N] [--jobs N] [PATH...]

Each PATH is a program, a feature folder or the whole ``programs/`` folder (the default); folders
are searched recursively.  A program is a ``*.py`` file whose name does not start with ``_``
(``_helper.py`` files are modules that programs import, or data they read).

Every program runs as a user runs a script, in a fresh ``python3`` subprocess (this interpreter,
which must be CPython 3.11)::

    cd SCRATCH && python3 -B -X utf8 NAME.py ARGS...

* SCRATCH is a fresh temporary folder holding a copy of ``NAME.py`` and of the *support files* of
  its folder: every file or folder whose name starts with ``_`` (helper modules such as
  ``_shapes.py`` that programs import, data files such as ``_words.txt`` that they read); the
  program is named by its bare file name (``sys.argv[0] == "NAME.py"``), ``import _shapes`` finds
  the helpers, and ``open()`` reads and writes files there.  The folder is deleted afterwards, so a
  program may create files freely, and programs can run in parallel;
* ``ARGS`` are the words of the program's ``# args:`` line among its first 20 lines (split on
  whitespace, no quoting), if it has one;
* standard input is ``NAME.py.stdin`` if that file exists, else empty;
* the environment is this one without any ``PYTHON*`` variable, plus ``PYTHONHASHSEED=0``;
  ``-X utf8`` makes standard streams and ``open()`` use UTF-8 whatever the locale, and ``-B``
  keeps ``__pycache__`` folders out of the corpus;
* within 10 s (programs are meant to take well under a second).

Since Python 3.9 CPython makes the script's path absolute, so its tracebacks say
``File "/tmp/pyvm-corpus-xyz/NAME.py"``.  The recorded standard error has the scratch folder taken
out of every ``File "..."`` line (``File "NAME.py"``, ``File "_helper.py"``); the harness does the
same to the VM's standard error, so a VM may print either form.

Files beside ``NAME.py``:

``NAME.py.expected`` (always written)
    Exactly the bytes written to stdout (possibly none).
``NAME.py.exit`` (only when the exit code is not 0 or stderr is not empty)
    The exit code in decimal on the first line, then exactly the bytes written to stderr
    (folders taken out of tracebacks, as above).  A stale ``.exit`` is deleted.
``NAME.py.stdin`` (yours, optional)
    The bytes fed to standard input.

A program whose first line is ``# pyvm: unsupported`` uses what the VM does not support: its
files are recorded all the same (CPython's output); the harness accepts from the VM either that
output or a clean rejection (see the README).

The whole of stderr is recorded, but the harness (pyvm_suite.py, PyVmConformanceTests.cs) requires
only the exit code, stdout and stderr's last line (--tracebacks: the traceback's skeleton too); see
the README.

Determinism: each program runs ``--runs`` times (default 3), the first with
``PYTHONHASHSEED=0`` (the one recorded), the others with other seeds.  Any difference is an
``ERROR``: the program depends on the order of a set or dict of strs, on time, or on something
else that varies (the VM will not hash strs as CPython does).

``--check`` writes nothing: it compares with the files and reports every difference, and
``.expected``/``.exit`` files with no program (exit status 1 if there is any).

One line per program (``ok``, ``created``, ``updated``, ``DIFF``, ``ERROR``; with a note such
as ``exit 1`` or ``unsupported``), then a summary.  Exit status: 0 when all is well, 1 otherwise,
2 for a bad command line.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(REPO, "tests", "Rpython.Tests", "PyVm", "programs")
TIMEOUT = 10  # seconds per run
ARGS_PREFIX = "# args:"
ARGS_SEARCH_LINES = 20
UNSUPPORTED_MARKER = "# pyvm: unsupported"
RECORDED_SEED = "0"
PROBE_SEEDS = ["1", "4242"]
CPYTHON_FLAGS = ["-B", "-X", "utf8"]
SCRATCH_PREFIX = "pyvm-corpus-"


class Outcome(object):
    """What one run of a program did (stderr with folders taken out of tracebacks)."""

    def __init__(self, exit_code, stdout, stderr):
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def same_as(self, other):
        return (self.exit_code, self.stdout, self.stderr) == (other.exit_code, other.stdout, other.stderr)

    def exit_file(self):
        """The contents of NAME.py.exit, or None when no such file is needed."""
        if self.exit_code == 0 and not self.stderr:
            return None
        return ("%d\n" % self.exit_code).encode("ascii") + self.stderr


class RunError(Exception):
    pass


def is_program(name):
    return name.endswith(".py") and not name.startswith("_")


def program_args(path):
    """The words of the program's '# args:' line, or []."""
    with open(path, "r", encoding="utf-8") as f:
        for index, line in enumerate(f):
            if index >= ARGS_SEARCH_LINES:
                break
            stripped = line.strip()
            if stripped.startswith(ARGS_PREFIX):
                return stripped[len(ARGS_PREFIX):].split()
    return []


def is_unsupported(path):
    """Whether the program's first line is the '# pyvm: unsupported' marker."""
    with open(path, "r", encoding="utf-8") as f:
        return f.readline().strip() == UNSUPPORTED_MARKER


def read_bytes(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def read_expected(path):
    """The recorded outcome of the program at ``path``, or None without an .expected file."""
    stdout = read_bytes(path + ".expected")
    if stdout is None:
        return None
    exit_data = read_bytes(path + ".exit")
    if exit_data is None:
        return Outcome(0, stdout, b"")
    code, _, stderr = exit_data.partition(b"\n")
    return Outcome(int(code), stdout, stderr)


def without_folder(stderr, folder):
    """``stderr`` with ``folder`` (absolute, or its real path) taken out of ``File "..."`` lines."""
    for prefix in sorted({os.path.abspath(folder), os.path.realpath(folder)}, key=len, reverse=True):
        stderr = stderr.replace(b'File "' + prefix.encode("utf-8") + os.sep.encode("ascii"), b'File "')
    return stderr


def clean_environment(seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
    return env


def support_files(path):
    """The names of the files and folders beside the program at ``path`` that it may use: those whose
    name starts with ``_`` (helper modules, data files), but not ``__pycache__``."""
    folder = os.path.dirname(os.path.abspath(path))
    return sorted(n for n in os.listdir(folder) if n.startswith("_") and n != "__pycache__")


def make_scratch(path):
    """A fresh temporary folder holding a copy of the program and of its support files."""
    folder = os.path.dirname(os.path.abspath(path))
    scratch = tempfile.mkdtemp(prefix=SCRATCH_PREFIX)
    shutil.copy(path, os.path.join(scratch, os.path.basename(path)))
    for name in support_files(path):
        source = os.path.join(folder, name)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(scratch, name), ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, os.path.join(scratch, name))
    return scratch


def run(command, path, env, timeout=TIMEOUT):
    """Runs ``command + [NAME.py] + args`` in a scratch copy of the program's folder (the program and
    its support files), deleted afterwards."""
    name = os.path.basename(path)
    stdin = read_bytes(path + ".stdin") or b""
    scratch = make_scratch(path)
    try:
        proc = subprocess.run(command + [name] + program_args(path), cwd=scratch, input=stdin,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=timeout)
        return Outcome(proc.returncode, proc.stdout, without_folder(proc.stderr, scratch))
    except subprocess.TimeoutExpired:
        raise RunError("timed out after %d s" % timeout)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run_cpython(path, seed):
    return run([sys.executable] + CPYTHON_FLAGS, path, clean_environment(seed))


def first_difference(expected, actual):
    """A short description of where two byte strings first differ."""
    n = 0
    while n < len(expected) and n < len(actual) and expected[n] == actual[n]:
        n += 1
    line = expected[:n].count(b"\n") + 1
    return "first difference at byte %d (line %d): expected %r, got %r" % (
        n, line, expected[n:n + 40], actual[n:n + 40])


def differences(first, other):
    return ", ".join(name for name, a, b in (("exit code", first.exit_code, other.exit_code),
                                             ("stdout", first.stdout, other.stdout),
                                             ("stderr", first.stderr, other.stderr)) if a != b)


def process(path, check, runs):
    """Runs one program; returns (status word, detail)."""
    try:
        first = run_cpython(path, RECORDED_SEED)
        for seed in PROBE_SEEDS[:runs - 1]:
            other = run_cpython(path, seed)
            if not first.same_as(other):
                return "ERROR", "not deterministic: PYTHONHASHSEED=%s changes the %s (%s)" % (
                    seed, differences(first, other),
                    first_difference(first.stdout, other.stdout) if first.stdout != other.stdout
                    else first_difference(first.stderr, other.stderr) if first.stderr != other.stderr else "")
    except RunError as e:
        return "ERROR", str(e)
    if SCRATCH_PREFIX.encode("utf-8") in first.stderr:
        return "ERROR", "stderr names the scratch folder outside a traceback's File line (a warning?): " + \
            first.stderr.decode("utf-8", "replace").strip().splitlines()[0][:200]
    notes = []
    if is_unsupported(path):
        notes.append("unsupported")
    if first.exit_code:
        notes.append("exit %d" % first.exit_code)
    elif first.stderr:
        notes.append("stderr")
    note = ", ".join(notes)
    expected_path, exit_path = path + ".expected", path + ".exit"
    old_expected, old_exit = read_bytes(expected_path), read_bytes(exit_path)
    new_exit = first.exit_file()
    if old_expected == first.stdout and old_exit == new_exit:
        return "ok", note
    if check:
        problems = []
        if old_expected is None:
            problems.append(".expected is missing")
        elif old_expected != first.stdout:
            problems.append(".expected differs: " + first_difference(old_expected, first.stdout))
        if old_exit != new_exit:
            if new_exit is None:
                problems.append(".exit should not exist")
            elif old_exit is None:
                problems.append(".exit is missing (exit %d)" % first.exit_code)
            else:
                problems.append(".exit differs: " + first_difference(old_exit, new_exit))
        return "DIFF", "; ".join(problems)
    write_bytes(expected_path, first.stdout)
    if new_exit is None:
        if old_exit is not None:
            os.unlink(exit_path)
    else:
        write_bytes(exit_path, new_exit)
    return ("created" if old_expected is None else "updated"), note


OUTPUT_FILE = re.compile(r"^(.*\.py)\.(expected|exit)$")


def collect(paths):
    """(programs, orphans): the programs under ``paths`` by folder then name, and the
    .expected/.exit files under them that belong to no program."""
    programs, orphans = [], []

    def add_folder(folder):
        for current, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if is_program(name):
                    programs.append(os.path.join(current, name))
                match = OUTPUT_FILE.match(name)
                if match and not os.path.isfile(os.path.join(current, match.group(1))):
                    orphans.append(os.path.join(current, name))

    for path in paths:
        if os.path.isdir(path):
            add_folder(path)
        elif os.path.isfile(path) and is_program(os.path.basename(path)):
            programs.append(path)
        else:
            raise ValueError("%s is neither a program (*.py, not _*.py) nor a folder" % path)
    return programs, orphans


def display(path):
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def check_interpreter():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.stderr.write("make_pyvm_expected.py: the corpus records CPython 3.11's output; this is %s %s\n"
                         % (sys.implementation.name, sys.version.split()[0]))
        sys.exit(2)


def run_all(programs, work, jobs):
    """Calls ``work(path)`` for every program, ``jobs`` at a time (each runs in its own scratch
    folder); yields (path, result) in the programs' order."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for path, result in zip(programs, pool.map(work, programs)):
            yield path, result


def main(argv):
    parser = argparse.ArgumentParser(
        prog="make_pyvm_expected.py",
        description="Record (or --check) CPython 3.11's output for the Python VM's conformance corpus.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; report programs whose output differs from the files")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs per program, each with another PYTHONHASHSEED (default 3; 1 skips the determinism check)")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="programs run in parallel (default 2)")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="a program, or a folder of them (default: the whole corpus)")
    options = parser.parse_args(argv)
    if not 1 <= options.runs <= 1 + len(PROBE_SEEDS):
        parser.error("--runs must be between 1 and %d" % (1 + len(PROBE_SEEDS)))
    check_interpreter()
    try:
        programs, orphans = collect(options.paths or [CORPUS])
    except ValueError as e:
        parser.error(str(e))  # exits with 2
    counts = {}
    for path, (word, detail) in run_all(programs, lambda p: process(p, options.check, options.runs), options.jobs):
        counts[word] = counts.get(word, 0) + 1
        line = "%-8s %s" % (word, display(path))
        if detail:
            line += "  " + detail
        print(line, flush=True)
    for orphan in orphans:
        counts["DIFF"] = counts.get("DIFF", 0) + 1
        print("%-8s %s  belongs to no program: delete it" % ("DIFF", display(orphan)), flush=True)
    order = ["ok", "created", "updated", "DIFF", "ERROR"]
    summary = ", ".join("%d %s" % (counts[w], w) for w in order if counts.get(w))
    print("%d program%s: %s" % (len(programs), "" if len(programs) == 1 else "s", summary or "none"))
    return 1 if counts.get("DIFF") or counts.get("ERROR") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
