"""pyvm: a Python 3 virtual machine written in RPython.  This file is the entry point:
``pyvm program.py [args...]`` runs a program.

An RPython target: ``target()`` returns the entry point; ``rpython translate
interpreter-spec/pyvm/targetpyvm.py`` makes an executable.  Untranslated it runs on
CPython with ``toolchain/`` on PYTHONPATH (the ``__main__`` block adds it).
"""

import sys
import os

if __name__ == "__main__":
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, _here)
    sys.path.insert(0, os.path.join(_here, "..", "..", "toolchain"))

from rpython.rlib.rfile import read_file
from rpython.rlib.rstackovf import StackOverflow

from objspace import (OperationError, W_Instance, W_IntObject, W_ListObject, W_Module,
    W_StrObject, exc_args, isinstance_w, oerr, str_of, w_None, w_RecursionError,
    w_SyntaxError, w_SystemExit)
import objspace
from interpreter import ec, compile_source, Frame
import interpreter
import pybuiltins
from pybuiltins import stdout, write_err


def source_line(filename, line):
    lines = ec.sources.get(filename, None)
    if lines is None or line < 1 or line > len(lines):
        return ""
    return lines[line - 1].strip()


def format_exception_only(w_exc):
    w_type = w_exc.getclass()
    name = w_type.qualname
    if w_type.module != "builtins" and w_type.module != "__main__":
        name = w_type.module + "." + name
    try:
        msg = str_of(w_exc)
    except OperationError:
        msg = "<exception str() failed>"
    if msg == "":
        return name + "\n"
    return name + ": " + msg + "\n"


def format_traceback(w_exc, seen):
    """The text CPython prints for an uncaught exception (with its chain)."""
    assert isinstance(w_exc, W_Instance)
    seen.append(w_exc)
    out = []
    w_cause = w_exc.w_cause
    w_context = w_exc.w_context
    if w_cause is not None and not in_list(w_cause, seen):
        out.append(format_traceback(w_cause, seen))
        out.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif w_context is not None and not w_exc.suppress_context and not in_list(w_context, seen):
        out.append(format_traceback(w_context, seen))
        out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    tb = w_exc.traceback
    if w_exc.getclass().issubtype(w_SyntaxError) and tb is None:
        out.append(format_syntax_error(w_exc))
        return "".join(out)
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        entries = []
        while tb is not None:
            entries.append(tb)
            tb = tb.next
        i = 0
        while i < len(entries):
            e = entries[i]
            # collapse long runs of the same line (deep recursion), as CPython does
            j = i
            while j + 1 < len(entries) and entries[j + 1].filename == e.filename and entries[j + 1].line == e.line and entries[j + 1].name == e.name:
                j += 1
            count = j - i + 1
            shown = count
            if count > 3:
                shown = 3
            for k in range(shown):
                out.append(format_entry(e))
            if count > 3:
                more = count - 3
                out.append("  [Previous line repeated %d more time%s]\n" % (more, "" if more == 1 else "s"))
            i = j + 1
    if w_exc.getclass().issubtype(w_SyntaxError):
        out.append(format_syntax_error(w_exc))
    else:
        out.append(format_exception_only(w_exc))
    return "".join(out)


def format_syntax_error(w_exc):
    assert isinstance(w_exc, W_Instance)
    out = []
    w_file = w_exc.getdictvalue("filename")
    w_line = w_exc.getdictvalue("lineno")
    if w_file is not None and w_line is not None and isinstance(w_file, W_StrObject) and isinstance(w_line, W_IntObject):
        out.append('  File "%s", line %d\n' % (w_file.value, w_line.intval))
        text = source_line(w_file.value, w_line.intval)
        if text != "":
            out.append("    " + text + "\n")
    out.append(format_exception_only(w_exc))
    return "".join(out)


def format_entry(e):
    s = '  File "%s", line %d, in %s\n' % (e.filename, e.line, e.name)
    text = source_line(e.filename, e.line)
    if text != "":
        s += "    " + text + "\n"
    return s


def in_list(w_x, items):
    for w_y in items:
        if w_y is w_x:
            return True
    return False


def exit_code_of(w_exc):
    """SystemExit(code): the process exit status (printing a message for a str code)."""
    items = exc_args(w_exc).items
    if len(items) == 0:
        return 0
    w_code = items[0]
    if w_code is w_None:
        return 0
    if isinstance(w_code, W_IntObject):
        return w_code.intval
    write_err(str_of(w_code) + "\n")
    return 1


def run_file(path, argv):
    try:
        source = read_file(path)
    except OSError:
        write_err("pyvm: can't open file '%s': [Errno 2] No such file or directory\n" % path)
        return 2
    slash = path.rfind("/")
    if slash >= 0:
        ec.main_dir = path[:slash]
    else:
        ec.main_dir = "."
    w_argv = W_ListObject([W_StrObject(a) for a in argv])
    pybuiltins.w_sys.dict_w["argv"] = w_argv
    w_globals = {}
    w_globals["__name__"] = W_StrObject("__main__")
    w_globals["__file__"] = W_StrObject(path)
    main = W_Module("__main__", w_globals)
    ec.modules["__main__"] = main
    status = 0
    try:
        try:
            code = compile_source(source, path)
            frame = Frame(code, w_globals, None, None)
            frame.run_call()
        except StackOverflow:
            raise oerr(w_RecursionError, "maximum recursion depth exceeded")
    except OperationError as e:
        w_exc = e.w_value
        if isinstance_w(w_exc, w_SystemExit):
            status = exit_code_of(w_exc)
        else:
            stdout.flush()
            try:
                text = format_traceback(w_exc, [])
            except OperationError:
                text = "Traceback (most recent call last):\n" + format_exception_only(w_exc)
            write_err(text)
            status = 1
    stdout.flush()
    return status


def entry_point(argv):
    try:
        return main(argv)
    except Exception:
        # an RPython-level error in the VM itself: never a crash with a .NET trace
        stdout.flush()
        write_err("SystemError: internal error in pyvm\n")
        return 1


def main(argv):
    if len(argv) == 0:
        # never true: makes the annotator meet these classes first (see the README)
        return len(interpreter._prebuilt_function.name) + len(interpreter._prebuilt_generator.name)
    if len(argv) < 2:
        write_err("usage: pyvm program.py [args...]\n")
        return 2
    return run_file(argv[1], argv[1:])


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.setrecursionlimit(100000)
    import threading
    threading.stack_size(512 * 1024 * 1024)
    result = []
    t = threading.Thread(target=lambda: result.append(entry_point(sys.argv)))
    t.start()
    t.join()
    sys.exit(result[0] if result else 1)
