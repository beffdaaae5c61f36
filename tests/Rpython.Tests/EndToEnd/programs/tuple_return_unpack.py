"""Tuples as values: returned from functions (several results), unpacked into variables, swapped,
nested and unpacked in one go, indexed with constants (also negative), compared, concatenated,
and passed as arguments."""
from rpython.rlib.rfile import write_stdout


def min_max_sum(values):
    lo = values[0]
    hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total


def divide(a, b):
    return a // b, a % b


def describe(pair):
    name, (x, y) = pair
    return "%s at (%d, %d)" % (name, x, y)


def polar_to_box(t):
    return (t[0] - t[2], t[1] - t[2], t[0] + t[2], t[1] + t[2])


def entry_point(argv):
    lo, hi, total = min_max_sum([4, -2, 9, 7, 0])
    write_stdout("min %d max %d sum %d\n" % (lo, hi, total))
    q, r = divide(47, 5)
    write_stdout("47 = 5 * %d + %d\n" % (q, r))
    a = 1
    b = 2
    a, b = b, a
    write_stdout("swapped: a=%d b=%d\n" % (a, b))
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    write_stdout("rotated: %d %d %d\n" % (x, y, z))
    write_stdout(describe(("origin", (0, 0))) + "\n")
    write_stdout(describe(("target", (3, -4))) + "\n")
    t = (10, 20, 5)
    box = polar_to_box(t)
    write_stdout("box: %d %d %d %d, last %d\n" % (box[0], box[1], box[2], box[3], box[-1]))
    pair = (1, "one")
    more = pair + (2.5,)
    write_stdout("concat: %d %s %s len %d\n" % (more[0], more[1], str(more[2]), len(more)))
    write_stdout("compare: %s %s %s %s\n" % (str((1, 2) < (1, 3)), str((2, 0) > (1, 9)), str((1, 2) == (1, 2)), str((1, 2) != (2, 1))))
    results = [divide(n, 7) for n in [50, 7, 6, -1]]
    for qq, rr in results:
        write_stdout("(%d, %d) " % (qq, rr))
    write_stdout("\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
