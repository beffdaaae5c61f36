"""range() with one, two and three arguments: positive and negative steps, empty ranges,
steps that overshoot the end, ranges built at run time, and list(range(...))."""
from rpython.rlib.rfile import write_stdout


def show(label, r):
    parts = []
    for x in r:
        parts.append(str(x))
    write_stdout("%s: [%s]\n" % (label, " ".join(parts)))


def entry_point(argv):
    n = len(argv)
    show("range(5)", range(5))
    show("range(0)", range(0))
    show("range(-3)", range(-3))
    show("range(2, 7)", range(2, 7))
    show("range(7, 2)", range(7, 2))
    show("range(-5, -1)", range(-5, -1))
    show("range(0, 10, 3)", range(0, 10, 3))
    show("range(0, 9, 3)", range(0, 9, 3))
    show("range(10, 0, -1)", range(10, 0, -1))
    show("range(10, 0, -3)", range(10, 0, -3))
    show("range(5, -6, -5)", range(5, -6, -5))
    show("range(0, 5, -1)", range(0, 5, -1))
    show("range(-10, 10, 7)", range(-10, 10, 7))
    show("range(n, n + 3)", range(n, n + 3))
    show("range(n * 10, n, -4)", range(n * 10, n, -4))
    l = list(range(3, 12, 2))
    l.append(100)
    show("list(range(3, 12, 2)) + append", l)
    total = 0
    for i in range(1, 101):
        total += i
    write_stdout("sum 1..100 = %d\n" % total)
    count = 0
    for i in range(1000, -1000, -7):
        count += 1
    write_stdout("count = %d\n" % count)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
