"""[item] * n: the list is made at once, without the one-item list (ll_alloc_and_set), and for an
item that is zero in memory (None, 0, False) without storing the items. Negative and zero counts,
a negative zero, characters, strs, instances, and a display repeated in place."""
import sys
from rpython.rlib.rfile import write_stdout


class Point(object):
    def __init__(self, x):
        self.x = x


def show(name, items):
    write_stdout("%s %d:" % (name, len(items)))
    for item in items:
        write_stdout(" %s" % item)
    write_stdout("\n")


def entry_point(argv):
    n = len(argv) + 2
    show("zeros", [str(x) for x in [0] * n])
    show("sevens", [str(x) for x in [7] * n])
    show("negative count", [str(x) for x in [7] * (1 - n)])
    show("zero count", [str(x) for x in [7] * 0])
    show("falses", [str(b) for b in [False] * n])
    show("trues", [str(b) for b in [True] * n])
    show("floats", [str(f) for f in [0.0] * n])
    show("negative zeros", [str(f) for f in [-0.0] * n])
    show("halves", [str(f) for f in [0.5] * n])
    show("chars", ['x'] * n)
    show("strs", ["ab"] * n)
    show("empty strs", [""] * n)
    p = Point(n)
    points = [p] * n
    points[0] = Point(1)
    show("points", [str(q.x) for q in points])
    nones = [None] * n
    nones[n - 1] = p
    show("nones", [str(q is None) for q in nones])
    grown = [n]
    grown *= 3
    grown.append(1)
    show("in place", [str(x) for x in grown])
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
