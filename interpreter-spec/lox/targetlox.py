"""Lox, the language of Crafting Interpreters (Robert Nystrom), as its bytecode VM clox
runs it -- written in RPython.  This file is the entry point (the book's main.c, chapter 14
onwards): ``lox [path]`` runs a script, ``lox`` alone starts a REPL.

An RPython target: ``target()`` returns the entry point; ``rpython translate
interpreter-spec/lox/targetlox.py`` makes an executable.  Untranslated it runs on CPython
with ``toolchain/`` on PYTHONPATH:  ``python3 targetlox.py script.lox``.
Exit codes are clox's: 64 for a bad command line, 65 after compile errors, 70 after a
runtime error, 74 when the script cannot be read.
"""

import sys

from rpython.rlib.rfile import read_file, read_stdin_line, write_stderr, write_stdout

from vm import VM, INTERPRET_COMPILE_ERROR, INTERPRET_RUNTIME_ERROR

EX_USAGE = 64
EX_DATAERR = 65
EX_SOFTWARE = 70
EX_IOERR = 74


def repl(vm):
    """Read a line, run it, forever; the globals stay between lines."""
    while True:
        write_stdout("> ")
        line = read_stdin_line()
        if line == "":
            write_stdout("\n")
            return 0
        vm.interpret(line)


def run_file(vm, path):
    try:
        source = read_file(path)
    except OSError:
        write_stderr("Could not open file \"" + path + "\".\n")
        return EX_IOERR
    result = vm.interpret(source)
    if result == INTERPRET_COMPILE_ERROR:
        return EX_DATAERR
    if result == INTERPRET_RUNTIME_ERROR:
        return EX_SOFTWARE
    return 0


def entry_point(argv):
    vm = VM()
    if len(argv) == 1:
        return repl(vm)
    if len(argv) == 2:
        return run_file(vm, argv[1])
    write_stderr("Usage: clox [path]\n")
    return EX_USAGE


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    # The compiler recurses once per nesting level of the Lox source, as clox's does;
    # CPython's default limit (1000 frames) would stop at a few hundred parentheses.
    sys.setrecursionlimit(50000)
    sys.exit(entry_point(sys.argv))
