"""Stack overflow, as RPython programs catch it.

A translated program checks its stack at the start of every function that can recurse; when the
stack is nearly exhausted, the check raises ``StackOverflow`` instead of letting the process
crash.  Catch it by this name::

    from rpython.rlib.rstackovf import StackOverflow

    try:
        result = evaluate(tree)
    except StackOverflow:
        write_stderr("too deeply nested\\n")

Translated, ``StackOverflow`` is the builtin ``RecursionError`` class; untranslated, on CPython,
it is the same class, which CPython raises when its recursion limit is reached -- so the same
handler works both ways.  (PyPy's rstackovf makes the name match RuntimeError untranslated and
needs ``check_stack_overflow()`` in the handler; Python 3's RecursionError makes that unneeded.)
"""

StackOverflow = RecursionError
