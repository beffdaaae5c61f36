"""A user-defined exception hierarchy: handlers for a base class catch subclasses, the first
matching handler wins, tuples of classes in one except clause, 'except ... as e' with
isinstance on e, and exceptions raised several calls deep."""
from rpython.rlib.rfile import write_stdout


class AppError(Exception):
    pass


class ParseError(AppError):
    pass


class BadToken(ParseError):
    pass


class EvalError(AppError):
    pass


class Unrelated(Exception):
    pass


def fail(kind):
    if kind == 1:
        raise ParseError()
    if kind == 2:
        raise BadToken()
    if kind == 3:
        raise EvalError()
    if kind == 4:
        raise Unrelated()
    if kind == 5:
        raise ValueError()
    return kind * 10


def deep(kind, depth):
    if depth == 0:
        return fail(kind)
    return deep(kind, depth - 1) + 1


def classify(kind):
    try:
        v = deep(kind, 3)
        return "returned %d" % v
    except BadToken:
        return "BadToken"
    except ParseError:
        return "ParseError"
    except (EvalError, Unrelated) as e:
        if isinstance(e, EvalError):
            return "EvalError via tuple"
        return "Unrelated via tuple"
    except AppError:
        return "AppError (unreachable)"
    except Exception:
        return "some other Exception"


def entry_point(argv):
    for kind in range(7):
        write_stdout("%d: %s\n" % (kind, classify(kind)))
    caught = 0
    for kind in [1, 2, 3]:
        try:
            fail(kind)
        except AppError as e:
            caught += 1
            if isinstance(e, ParseError):
                write_stdout("parse family\n")
            else:
                write_stdout("other app error\n")
    write_stdout("caught %d\n" % caught)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
