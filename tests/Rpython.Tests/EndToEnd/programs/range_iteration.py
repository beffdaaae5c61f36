"""range() in for loops and comprehensions: the loop iterates the bounds without making the list
(unless the list is kept), with any step, enumerate, a list kept and iterated later, and the bounds
next to the largest int (the iterator counts down what remains, so it never overflows)."""
import sys
from rpython.rlib.rfile import write_stdout


class Holder(object):
    def __init__(self, values):
        self.values = values


def sums(n):
    total = 0
    for i in range(n):
        total += i
    down = 0
    for i in range(n, 0, -3):
        down += i
    return total, down


def keep(n):
    return Holder(range(2, n, 2))


def entry_point(argv):
    n = len(argv) + 9
    total, down = sums(n)
    write_stdout("sum %d down %d\n" % (total, down))
    squares = [i * i for i in range(n)]
    write_stdout("squares %d %d %d\n" % (len(squares), squares[3], squares[-1]))
    for i, v in enumerate(range(5, 20, 5)):
        write_stdout("enumerate %d %d\n" % (i, v))
    h = keep(n)
    kept = 0
    for v in h.values:
        kept += v
    for i, v in enumerate(h.values):
        kept += i * v
    write_stdout("kept %d len %d first %d\n" % (kept, len(h.values), h.values[0]))
    count = 0
    for i in range(sys.maxsize - 3, sys.maxsize):
        count += 1
    for i in range(-sys.maxsize, -sys.maxsize - 1, -1):
        count += 1
    write_stdout("near the limits %d\n" % count)
    empty = 0
    for i in range(5, 5):
        empty += 1
    for i in range(0, 5, -1):
        empty += 1
    write_stdout("empty %d\n" % empty)
    try:
        for i in range(0, n, len(argv) - 1):
            empty += 1
    except ValueError:
        write_stdout("step 0: ValueError\n")
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
