"""Exceptions inside loops: a handler that continues with the next item, one that breaks out,
retrying an operation a bounded number of times, and a loop that ends by catching IndexError
(EAFP iteration)."""
from rpython.rlib.rfile import write_stdout


class Flaky(Exception):
    pass


class Service(object):
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def call(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise Flaky()
        return self.calls * 10


def with_retry(service, attempts):
    for i in range(attempts):
        try:
            return service.call()
        except Flaky:
            write_stdout("  attempt %d failed\n" % (i + 1))
    return -1


def entry_point(argv):
    values = ["4", "x", "8", "", "15", "stop", "16"]
    total = 0
    for v in values:
        try:
            total += int(v)
        except ValueError:
            if v == "stop":
                write_stdout("stop found\n")
                break
            write_stdout("skipping '%s'\n" % v)
            continue
        write_stdout("added %s\n" % v)
    write_stdout("total %d\n" % total)
    for failures in [0, 2, 5]:
        s = Service(failures)
        write_stdout("failures=%d -> %d after %d calls\n" % (failures, with_retry(s, 3), s.calls))
    items = [1, 2, 3, 4]
    i = 0
    acc = 0
    while True:
        try:
            acc += items[i] * items[i]
        except IndexError:
            break
        i += 1
    write_stdout("sum of squares %d after %d items\n" % (acc, i))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
