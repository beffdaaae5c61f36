"""Re-raising: a bare 'raise' in a handler propagates the same exception (with its attributes)
to the caller, after the handler's own work; raising a different exception from a handler;
and catching, wrapping and re-raising through several levels."""
from rpython.rlib.rfile import write_stdout


class Problem(Exception):
    def __init__(self, code):
        self.code = code


class Wrapped(Exception):
    def __init__(self, inner_code, where):
        self.inner_code = inner_code
        self.where = where


def risky(n):
    if n % 3 == 0:
        raise Problem(n)
    return n


def middle(n, log):
    try:
        return risky(n)
    except Problem:
        log.append("middle saw %d" % n)
        raise


def wrapper(n, log):
    try:
        return middle(n, log)
    except Problem as p:
        raise Wrapped(p.code, "wrapper")


def entry_point(argv):
    log = []
    for n in [1, 3, 4, 6]:
        try:
            write_stdout("middle(%d) = %d\n" % (n, middle(n, log)))
        except Problem as p:
            write_stdout("Problem %d reached the top\n" % p.code)
    for n in [2, 9]:
        try:
            write_stdout("wrapper(%d) = %d\n" % (n, wrapper(n, log)))
        except Wrapped as w:
            write_stdout("Wrapped(%d) from %s\n" % (w.inner_code, w.where))
    for line in log:
        write_stdout(line + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
