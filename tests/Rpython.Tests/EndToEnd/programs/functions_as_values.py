"""Functions as values: stored in lists and dicts, passed as arguments (map/filter/fold written
by hand), returned from functions, and chosen at run time; bound methods stored and called."""
from rpython.rlib.rfile import write_stdout


def double(x):
    return x * 2


def square(x):
    return x * x


def negate(x):
    return -x


def is_even(x):
    return x % 2 == 0


def is_positive(x):
    return x > 0


def apply_all(f, values):
    return [f(v) for v in values]


def keep(pred, values):
    return [v for v in values if pred(v)]


def fold(f, start, values):
    acc = start
    for v in values:
        acc = f(acc, v)
    return acc


def add(a, b):
    return a + b


def biggest(a, b):
    return max(a, b)


def pick(name):
    if name == "double":
        return double
    if name == "square":
        return square
    return negate


class Scaler(object):
    def __init__(self, factor):
        self.factor = factor

    def scale(self, x):
        return x * self.factor


def ints(l):
    return " ".join([str(x) for x in l])


def entry_point(argv):
    values = [3, -1, 4, -1, 5, -9, 2, 6]
    pipeline = [double, square, negate]
    for f in pipeline:
        write_stdout("%s\n" % ints(apply_all(f, values)))
    write_stdout("evens: %s\n" % ints(keep(is_even, values)))
    write_stdout("positives: %s\n" % ints(keep(is_positive, values)))
    write_stdout("sum %d, max %d\n" % (fold(add, 0, values), fold(biggest, values[0], values)))
    for name in ["square", "double", "other"]:
        f = pick(name)
        write_stdout("%s(7) = %d\n" % (name, f(7)))
    composed = 5
    for f in [square, double, negate, double]:
        composed = f(composed)
    write_stdout("composed: %d\n" % composed)
    s = Scaler(3)
    method = s.scale
    write_stdout("bound method: %d %d\n" % (method(4), method(-2)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
