"""Built-in exception classes the program can meet: IndexError and KeyError (both LookupError),
ZeroDivisionError and OverflowError (both ArithmeticError), ValueError, and a raised
RuntimeError; each caught by its own class and by its base."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rarithmetic import ovfcheck


def trigger(kind, n):
    # IndexError and ZeroDivisionError are implicit: they exist only where a handler in the
    # same function catches them, so this function catches and re-raises them. KeyError,
    # OverflowError from ovfcheck and ValueError from int() are always raised.
    if kind == 0:
        try:
            return [1, 2, 3][n]
        except IndexError:
            raise
    if kind == 1:
        d = {"a": 1}
        return d["b" * n]
    if kind == 2:
        try:
            return 10 // (n - n)
        except ZeroDivisionError:
            raise
    if kind == 3:
        return ovfcheck(9223372036854775807 + n)
    if kind == 4:
        return int("abc" * n)
    if kind == 5:
        raise RuntimeError("not yet")
    return n


def by_specific(kind):
    try:
        trigger(kind, 5)
        return "no error"
    except IndexError:
        return "IndexError"
    except KeyError:
        return "KeyError"
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except OverflowError:
        return "OverflowError"
    except ValueError:
        return "ValueError"
    except RuntimeError:
        return "RuntimeError"


def by_base(kind):
    try:
        trigger(kind, 5)
        return "no error"
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"


def entry_point(argv):
    for kind in range(7):
        write_stdout("%d: %s / %s\n" % (kind, by_specific(kind), by_base(kind)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
