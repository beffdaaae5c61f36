import sys
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def first_or_default(items, default):
    if len(items) > 0:
        return items[0]
    return default


@specialize.argtype(0, 1)
def larger(a, b):
    if a > b:
        return a
    return b


def entry_point(argv):
    n = first_or_default([3, 4], 0)
    s = first_or_default(argv, "none")
    f = larger(2.5, 1.5)
    i = larger(len(argv), 7)
    return n + len(s) + int(f) + i


if __name__ == "__main__":
    entry_point(sys.argv)
