"""try/finally: the finally block runs on normal exit, on an exception (which then propagates),
on return from inside try (the return value is kept) and on break/continue in loops; nested
finally blocks run innermost first. The order is recorded in a log."""
from rpython.rlib.rfile import write_stdout


class Log(object):
    def __init__(self):
        self.lines = []

    def add(self, s):
        self.lines.append(s)


def step(log, n):
    try:
        log.add("try %d" % n)
        if n == 2:
            raise ValueError()
        if n == 3:
            return n * 100
        log.add("end of try %d" % n)
    finally:
        log.add("finally %d" % n)
    return n


def nested(log, fail):
    try:
        try:
            log.add("inner")
            if fail:
                raise KeyError()
        finally:
            log.add("inner finally")
        log.add("after inner")
    finally:
        log.add("outer finally")


def loop(log):
    total = 0
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            total += i
        finally:
            log.add("loop finally %d" % i)
    return total


def entry_point(argv):
    log = Log()
    for n in [1, 2, 3]:
        try:
            log.add("result %d" % step(log, n))
        except ValueError:
            log.add("caught ValueError from %d" % n)
    nested(log, False)
    try:
        nested(log, True)
    except KeyError:
        log.add("caught KeyError")
    log.add("loop total %d" % loop(log))
    for line in log.lines:
        write_stdout(line + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
