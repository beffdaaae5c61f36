#!/usr/bin/env python3
"""Runs the official Lox test suite (Crafting Interpreters, ../shared/lox/test/) against a Lox
implementation and checks it the way the book's runner (tool/bin/test.dart) checks clox.

    python3 tests/tools/lox_suite.py                      # interpreter-spec/lox on CPython
    python3 tests/tools/lox_suite.py generated/lox/lox    # a translated executable
    python3 tests/tools/lox_suite.py --verbose -- python3 interpreter-spec/lox/targetlox.py
    python3 tests/tools/lox_suite.py --filter closure/ --filter super/

The command gets the test file's path as its last argument.  Without one, the untranslated
interpreter runs on this CPython with toolchain/ on PYTHONPATH.

What a test file expects (see ../shared/lox/README.md):
  // expect: TEXT                 the next line of stdout
  // Error...                     a compile error on this line: "[line N] Error..." on stderr
  // [line N] Error...            a compile error on line N ("[c line N]" too, not "[java line N]")
  // expect runtime error: MSG    stderr starts with MSG, then a stack trace whose first
                                  "[line N]" is this comment's line
The exit code must be 65 after compile errors, 70 after a runtime error and 0 otherwise;
stderr must hold nothing else.  Folders of the tree-walking chapters (scanning/,
expressions/) and the benchmarks are skipped, as are files marked "// nontest".

Prints one line per folder (passed/total), then the total; --verbose adds each failure with
its first difference.  The exit code is 0 when every test passes.
"""

import argparse
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
DEFAULT_SUITE = os.path.abspath(os.path.join(ROOT, '..', 'shared', 'lox', 'test'))
DEFAULT_COMMAND = [sys.executable, os.path.join(ROOT, 'interpreter-spec', 'lox', 'targetlox.py')]

SKIPPED_FOLDERS = ('scanning', 'expressions', 'benchmark')
"""Folders that are not clox tests: early tree-walking chapters, and timing programs."""

EXPECTED_OUTPUT = re.compile(r'// expect: ?(.*)')
EXPECTED_ERROR = re.compile(r'// (Error.*)')
ERROR_LINE = re.compile(r'// \[((java|c) )?line (\d+)\] (Error.*)')
EXPECTED_RUNTIME_ERROR = re.compile(r'// expect runtime error: (.+)')
SYNTAX_ERROR = re.compile(r'\[.*line (\d+)\] (Error.+)')
STACK_TRACE = re.compile(r'\[line (\d+)\]')
NON_TEST = re.compile(r'// nontest')

EXIT_COMPILE_ERROR = 65
EXIT_RUNTIME_ERROR = 70


class Expectation(object):
    """What one test file expects: stdout lines, compile errors ("[N] Error..."), or a
    runtime error and its line, and the exit code."""

    def __init__(self):
        self.output = []            # (line number in the test, text)
        self.errors = []            # "[N] Error at ...: message", in the file's order
        self.runtime_error = None
        self.runtime_error_line = 0
        self.exit_code = 0


def parse_test(path):
    """The expectations of the test at ``path``, or None if it is not a test."""
    expectation = Expectation()
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for number, line in enumerate(lines, 1):
        if NON_TEST.search(line):
            return None
        match = EXPECTED_OUTPUT.search(line)
        if match:
            expectation.output.append((number, match.group(1)))
            continue
        match = EXPECTED_ERROR.search(line)
        if match:
            expectation.errors.append('[%d] %s' % (number, match.group(1)))
            expectation.exit_code = EXIT_COMPILE_ERROR
            continue
        match = ERROR_LINE.search(line)
        if match:
            if match.group(2) in (None, 'c'):
                expectation.errors.append('[%s] %s' % (match.group(3), match.group(4)))
                expectation.exit_code = EXIT_COMPILE_ERROR
            continue
        match = EXPECTED_RUNTIME_ERROR.search(line)
        if match:
            expectation.runtime_error = match.group(1)
            expectation.runtime_error_line = number
            expectation.exit_code = EXIT_RUNTIME_ERROR
    return expectation


def split_lines(text):
    """Lines as Dart's LineSplitter gives them: no empty line after a final newline."""
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [line[:-1] if line.endswith('\r') else line for line in lines]


def check(expectation, stdout, stderr, exit_code):
    """The failures of one run, each a sentence; empty when the test passes."""
    failures = []
    error_lines = split_lines(stderr)
    if expectation.runtime_error is not None:
        if not error_lines:
            failures.append("Expected runtime error '%s' and got none."
                            % expectation.runtime_error)
        elif error_lines[0] != expectation.runtime_error:
            failures.append("Expected runtime error '%s' and got '%s'."
                            % (expectation.runtime_error, error_lines[0]))
        else:
            trace_line = None
            for line in error_lines[1:]:
                match = STACK_TRACE.search(line)
                if match:
                    trace_line = int(match.group(1))
                    break
            if trace_line is None:
                failures.append('Expected a stack trace and got %r.' % error_lines[1:])
            elif trace_line != expectation.runtime_error_line:
                failures.append('Expected runtime error on line %d but was on line %d.'
                                % (expectation.runtime_error_line, trace_line))
    else:
        found = []
        for line in error_lines:
            match = SYNTAX_ERROR.search(line)
            if match:
                error = '[%s] %s' % (match.group(1), match.group(2))
                if error in expectation.errors:
                    found.append(error)
                else:
                    failures.append('Unexpected error: %s' % line)
            elif line != '':
                failures.append('Unexpected output on stderr: %s' % line)
        for error in expectation.errors:
            if error not in found:
                failures.append('Missing expected error: %s' % error)

    if exit_code != expectation.exit_code:
        failures.append('Expected return code %d and got %d.'
                        % (expectation.exit_code, exit_code))

    output_lines = split_lines(stdout)
    for index, line in enumerate(output_lines):
        if index >= len(expectation.output):
            failures.append("Got output '%s' when none was expected." % line)
            break
        number, expected = expectation.output[index]
        if expected != line:
            failures.append("Expected output '%s' on line %d and got '%s'."
                            % (expected, number, line))
            break
    for number, expected in expectation.output[len(output_lines):]:
        failures.append("Missing expected output '%s' on line %d." % (expected, number))
        break
    return failures


def find_tests(suite, filters):
    """The suite's test files as paths relative to ``suite``, sorted, skipping folders
    that are not clox tests."""
    tests = []
    for folder, subfolders, files in os.walk(suite):
        subfolders.sort()
        relative_folder = os.path.relpath(folder, suite)
        top = relative_folder.split(os.sep)[0]
        if top in SKIPPED_FOLDERS:
            continue
        for name in sorted(files):
            if not name.endswith('.lox'):
                continue
            relative = os.path.normpath(os.path.join(relative_folder, name)).replace(os.sep, '/')
            if filters and not any(f in relative for f in filters):
                continue
            tests.append(relative)
    return sorted(tests)


def run_test(command, suite, relative, timeout, env):
    """Run one test; return (relative path, failures or None if not a test, seconds)."""
    path = os.path.join(suite, relative)
    expectation = parse_test(path)
    if expectation is None:
        return relative, None, 0.0
    start = time.time()
    try:
        result = subprocess.run(command + [path], capture_output=True, timeout=timeout,
                                env=env, check=False)
    except subprocess.TimeoutExpired:
        return relative, ['Timed out after %d s.' % timeout], time.time() - start
    stdout = result.stdout.decode('utf-8', 'replace')
    stderr = result.stderr.decode('utf-8', 'replace')
    return relative, check(expectation, stdout, stderr, result.returncode), time.time() - start


def folder_of(relative):
    return relative.split('/')[0] if '/' in relative else '(top)'


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('command', nargs='*',
                        help='the Lox implementation to run (default: interpreter-spec/lox on '
                             'this CPython); the test path is appended')
    parser.add_argument('--suite', default=DEFAULT_SUITE, help='the test folder')
    parser.add_argument('--filter', action='append', default=[],
                        help='run only tests whose path contains this text (repeatable)')
    parser.add_argument('--jobs', type=int, default=2, help='tests run at once (default 2)')
    parser.add_argument('--timeout', type=int, default=60, help='seconds per test')
    parser.add_argument('--verbose', action='store_true', help='print each failure')
    args = parser.parse_args(argv)

    command = args.command or DEFAULT_COMMAND
    env = dict(os.environ)
    if not args.command:
        toolchain = os.path.join(ROOT, 'toolchain')
        env['PYTHONPATH'] = toolchain + os.pathsep + env.get('PYTHONPATH', '')

    tests = find_tests(args.suite, args.filter)
    start = time.time()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda t: run_test(command, args.suite, t, args.timeout, env),
                                tests))

    per_folder = {}
    failed = []
    for relative, failures, _ in results:
        if failures is None:
            continue        # "// nontest"
        counts = per_folder.setdefault(folder_of(relative), [0, 0])
        counts[1] += 1
        if failures:
            failed.append((relative, failures))
        else:
            counts[0] += 1

    if args.verbose:
        for relative, failures in failed:
            print('FAIL %s' % relative)
            for failure in failures:
                print('     %s' % failure)
    for folder in sorted(per_folder):
        passed, total = per_folder[folder]
        print('%-20s %3d/%d' % (folder, passed, total))
    total = sum(t for _, t in per_folder.values())
    passed = sum(p for p, _ in per_folder.values())
    print('total: %d passed, %d failed (%d tests, %.1f s)'
          % (passed, total - passed, total, time.time() - start))
    return 0 if passed == total else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
