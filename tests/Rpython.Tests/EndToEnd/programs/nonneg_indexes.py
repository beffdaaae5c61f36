"""Comparisons that prove an index non-negative (i >= 0, i < 0 when false, n > i for a
non-negative n) let indexing skip the negative-index path; out-of-range indexes still raise
IndexError, and negative ones still count from the end where nothing proves otherwise."""
import sys
from rpython.rlib.rfile import write_stdout


class Stack(object):
    def __init__(self):
        self.items = [0] * 4
        self.sp = 0

    def push(self, v):
        sp = self.sp
        assert sp >= 0
        if sp >= len(self.items):
            self.items = self.items + [0] * len(self.items)
        self.items[sp] = v
        self.sp = sp + 1

    def pop(self):
        sp = self.sp - 1
        assert sp >= 0
        v = self.items[sp]
        self.sp = sp
        return v


def lookup(items, i):
    if i < 0:
        return -1
    try:
        return items[i]
    except IndexError:
        return -2


def from_end(items, i):
    return items[i]


def entry_point(argv):
    s = Stack()
    for i in range(10):
        s.push(i * 3)
    total = 0
    while s.sp > 0:
        total += s.pop()
    write_stdout("stack total %d\n" % total)
    items = [10, 20, 30]
    write_stdout("lookup %d %d %d\n" % (lookup(items, 1), lookup(items, -1), lookup(items, 7)))
    write_stdout("from the end %d\n" % from_end(items, -len(argv)))
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
