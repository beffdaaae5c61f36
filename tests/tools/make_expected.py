#!/usr/bin/env python3
"""Record what RPython programs print when run untranslated on CPython: the expected output
of the end-to-end tests, which translate each program, run it and compare.

Usage::

    python3 tests/tools/make_expected.py [--check] PATH...

Each PATH is a program ``X.py`` or a folder (every ``*.py`` directly in it, sorted by name;
not recursive).  For each program the tool runs, in a fresh ``python3`` subprocess with
``PYTHONPATH=<repo>/toolchain``, a small driver that:

* loads the program as a module named after the file (``importlib``; the program's folder is
  first on ``sys.path``), so its ``if __name__ == "__main__":`` block does not run;
* finds the entry point as the translator does: ``target(None, [])`` (the entry point, or a
  tuple starting with it) if the module defines ``target``, else ``entry_point``;
* calls ``entry_point(argv)`` on a thread with a 256 MB stack (as the translated program's
  main thread) and a recursion limit high enough for deep RPython recursion, where ``argv`` is
  ``[X.py's path]`` followed by the words of the program's ``# args:`` line (the path is
  relative to the repository, with '/', whatever the current folder: the recorded output never
  depends on how the tool was called);
* with standard input from ``X.py.stdin`` if that file exists, else empty;
* and exits with the entry point's result.  If an exception escapes the entry point, the
  driver does what a translated program does: it writes ``Fatal RPython error: NAME`` and a
  newline to stderr (NAME = the exception's class name; no traceback) and exits with 1.

Everything the program writes to file descriptors 1 and 2 is captured as bytes
(``rpython.rlib.rfile`` writes with ``os.write``).

Files beside ``X.py``:

``X.py`` (input)
    The program.  An optional line ``# args: WORD...`` among its first 20 lines gives the
    command-line arguments after argv[0] (split on whitespace; no quoting).
``X.py.stdin`` (input, optional)
    The bytes fed to standard input.
``X.py.expected`` (output, always written)
    Exactly the bytes written to stdout (possibly empty).
``X.py.exit`` (output, only when the exit code is not 0 or stderr is not empty)
    The exit code in decimal on the first line (``"%d\\n"``; the process's exit status, so
    0..255), then exactly the bytes written to stderr.  A stale ``X.py.exit`` is deleted when
    the exit code is 0 and stderr is empty.

Determinism: every program is run three times, the second and third times with other values of
argv[0] (and, each run being a new process, other string-hash seeds).  If the runs differ, one
more run with the first run's argv[0] tells why: if it matches the first, the program's output
depends on argv[0] -- which a translated program gets from the machine (the executable's path)
-- so it is ``skipped``: nothing is recorded for it (stale ``.expected``/``.exit`` files are
deleted; ``--check`` reports them) and the test harness does not run it; otherwise the program
is not deterministic and is reported as an ``ERROR``.  Programs must not print argv[0],
addresses, hashes of objects, times, or anything else that depends on the machine or the run.

``--check`` writes nothing: it compares what the programs print now with the files and
reports each difference (exit status 1 if there is any, or if a program could not be run).

The tool prints one line per program (``ok``, ``created``, ``updated``, ``skipped``,
``DIFF``, ``ERROR``) and a summary line.  Exit status: 0 when all is well, 1 otherwise, 2 for
a bad command line.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
TOOLCHAIN = os.path.join(REPO, "toolchain")
TIMEOUT = 60  # seconds, per run: generous, programs are meant to take well under a second
ARGS_PREFIX = "# args:"
ARGS_SEARCH_LINES = 20
# argv[0] for the probing runs: unlike the recorded run's and each other in length and in the
# kinds of characters they hold, so a program that depends on argv[0] shows it.
PROBE_ARGV0S = ["/tmp/e2e/generated/argv0_probe/argv0_probe", "C:\\Probe 2\\RUN-ME.EXE"]
STACK_SIZE = 256 * 1024 * 1024

# The driver runs in the subprocess.  sys.argv: [-c, status_file, program, argv0, args...].
DRIVER = r'''
import importlib.util, os, sys, threading

status_path, path, argv = sys.argv[1], sys.argv[2], sys.argv[3:]

def status(text):
    with open(status_path, "w", encoding="utf-8") as f:
        f.write(text)

folder = os.path.dirname(os.path.abspath(path))
sys.path = [folder] + [p for p in sys.path if p not in ("", ".")]
name = os.path.splitext(os.path.basename(path))[0]
try:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    if hasattr(module, "target"):
        entry = module.target(None, [])
        if isinstance(entry, tuple):
            entry = entry[0]
    else:
        entry = module.entry_point
except BaseException:
    import traceback
    status("import-error\n" + traceback.format_exc())
    sys.stdout.flush()
    os._exit(3)

result = {}

def run():
    try:
        result["code"] = entry(argv)
    except BaseException as e:
        import traceback
        result["exception"] = type(e).__name__
        result["traceback"] = traceback.format_exc()

sys.setrecursionlimit(1000000)
threading.stack_size(%(stack)d)
thread = threading.Thread(target=run)
thread.start()
thread.join()
sys.stdout.flush()
sys.stderr.flush()
if "exception" in result:
    os.write(2, ("Fatal RPython error: %%s\n" %% result["exception"]).encode("utf-8"))
    status("fatal %%s\n%%s" %% (result["exception"], result["traceback"]))
    os._exit(1)
code = result.get("code")
if isinstance(code, bool) or not isinstance(code, int):
    status("bad-result\nentry_point returned %%r, not an int" %% (code,))
    os._exit(3)
status("exit %%d\n" %% code)
os._exit(code & 0xFF)
''' % {"stack": STACK_SIZE}


class Outcome(object):
    """What one run of a program did."""

    def __init__(self, stdout, stderr, exit_code, note):
        self.stdout = stdout
        self.stderr = stderr
        self.exit_code = exit_code
        self.note = note  # e.g. "fatal ValueError", for the report

    def same_as(self, other):
        return (self.stdout, self.stderr, self.exit_code) == (other.stdout, other.stderr, other.exit_code)

    def exit_file(self):
        """The contents of X.py.exit, or None when no such file is needed."""
        if self.exit_code == 0 and not self.stderr:
            return None
        return ("%d\n" % self.exit_code).encode("ascii") + self.stderr


class RunError(Exception):
    pass


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


def run_program(path, argv0):
    args = program_args(path)
    stdin_path = path + ".stdin"
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    env = dict(os.environ)
    env["PYTHONPATH"] = TOOLCHAIN
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONHASHSEED", None)
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONINSPECT", None)
    fd, status_path = tempfile.mkstemp(prefix="make_expected_", suffix=".status")
    os.close(fd)
    try:
        try:
            proc = subprocess.run(
                [sys.executable, "-X", "utf8", "-c", DRIVER, status_path, path, argv0] + args,
                input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise RunError("timed out after %d s" % TIMEOUT)
        with open(status_path, "r", encoding="utf-8") as f:
            status = f.read()
    finally:
        os.unlink(status_path)
    kind, _, detail = status.partition("\n")
    if kind.startswith("exit "):
        note = ""
    elif kind.startswith("fatal "):
        note = kind
    elif kind in ("import-error", "bad-result"):
        raise RunError("%s: %s" % (kind, detail.strip().splitlines()[-1] if detail.strip() else ""))
    else:
        raise RunError("the driver died (exit status %d): %s"
                       % (proc.returncode, proc.stderr.decode("utf-8", "replace").strip()[-500:]))
    return Outcome(proc.stdout, proc.stderr, proc.returncode, note)


def first_difference(expected, actual):
    """A short description of where two byte strings first differ."""
    n = 0
    while n < len(expected) and n < len(actual) and expected[n] == actual[n]:
        n += 1
    line = expected[:n].count(b"\n") + 1
    return "first difference at byte %d (line %d): expected %r, got %r" % (
        n, line, expected[n:n + 40], actual[n:n + 40])


def read_bytes(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def collect(paths):
    programs = []
    for path in paths:
        if os.path.isdir(path):
            names = sorted(n for n in os.listdir(path) if n.endswith(".py"))
            programs.extend(os.path.join(path, n) for n in names
                            if os.path.isfile(os.path.join(path, n)))
        elif os.path.isfile(path) and path.endswith(".py"):
            programs.append(path)
        else:
            raise ValueError("%s is neither a .py program nor a folder" % path)
    return programs


def display(path):
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def canonical_argv0(path):
    """The program's path as the recorded run's argv[0]: relative to the repository, with '/'."""
    full = os.path.abspath(path)
    rel = os.path.relpath(full, REPO)
    if rel.startswith(".."):
        return os.path.basename(full)
    return rel.replace(os.sep, "/")


def process(path, check):
    """Run one program; returns (status word, detail)."""
    argv0 = canonical_argv0(path)
    try:
        first = run_program(path, argv0)
        second = None
        for probe in PROBE_ARGV0S:
            second = run_program(path, probe)
            if not first.same_as(second):
                break
    except RunError as e:
        return "ERROR", str(e)
    expected_path = path + ".expected"
    exit_path = path + ".exit"
    old_expected = read_bytes(expected_path)
    old_exit = read_bytes(exit_path)
    if not first.same_as(second):
        what = ", ".join(name for name, a, b in (("stdout", first.stdout, second.stdout),
                                                 ("stderr", first.stderr, second.stderr),
                                                 ("exit code", first.exit_code, second.exit_code)) if a != b)
        try:
            third = run_program(path, argv0)
        except RunError as e:
            return "ERROR", str(e)
        if not first.same_as(third):
            return "ERROR", "not deterministic: two runs gave different results (%s)" % what
        # The same argv[0] gives the same result: the program's output depends on argv[0], which
        # a translated program gets from the machine (the executable's path). Nothing to record.
        stale = [p for p in (expected_path, exit_path) if os.path.exists(p)]
        if check and stale:
            return "DIFF", "%s should not exist: the output depends on argv[0] (%s)" % (
                " and ".join(os.path.basename(p) for p in stale), what)
        if not check:
            for p in stale:
                os.unlink(p)
        return "skipped", "the output depends on argv[0] (%s): nothing recorded" % what
    new_exit = first.exit_file()
    note = " (%s)" % first.note if first.note else (" (exit %d)" % first.exit_code if first.exit_code else "")
    if old_expected == first.stdout and old_exit == new_exit:
        return "ok", note.strip()
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
    return ("created" if old_expected is None else "updated"), note.strip()


def main(argv):
    parser = argparse.ArgumentParser(
        prog="make_expected.py",
        description="Record (or --check) the CPython output of RPython test programs.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; report programs whose output differs from the files")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a program X.py or a folder of them")
    options = parser.parse_args(argv)
    try:
        programs = collect(options.paths)
    except ValueError as e:
        parser.error(str(e))  # exits with 2
    counts = {}
    for path in programs:
        word, detail = process(path, options.check)
        counts[word] = counts.get(word, 0) + 1
        line = "%-8s %s" % (word, display(path))
        if detail:
            line += "  " + detail
        print(line, flush=True)
    order = ["ok", "created", "updated", "skipped", "DIFF", "ERROR"]
    summary = ", ".join("%d %s" % (counts[w], w) for w in order if counts.get(w))
    print("%d program%s: %s" % (len(programs), "" if len(programs) == 1 else "s", summary or "none"))
    return 1 if counts.get("DIFF") or counts.get("ERROR") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
