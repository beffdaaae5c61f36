"""rpython.rlib.unroll.unrolling_iterable: a constant tuple of (name, function, class) entries
iterated with a loop the translator unrolls, so each copy of the body sees a different
function and class as constants; used for an opcode dispatch and a type test table."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.unroll import unrolling_iterable


class Shape(object):
    pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_max(a, b):
    return max(a, b)


def op_concat_digits(a, b):
    return int(str(a) + str(abs(b)))


OPS = unrolling_iterable([("add", op_add), ("sub", op_sub), ("max", op_max), ("cat", op_concat_digits)])
KINDS = unrolling_iterable([("circle", Circle), ("rect", Rect)])


def apply(name, a, b):
    for op_name, func in OPS:
        if op_name == name:
            return func(a, b)
    return 0


def kind_of(shape):
    for kind_name, cls in KINDS:
        if isinstance(shape, cls):
            return kind_name
    return "shape"


def entry_point(argv):
    for name in ["add", "sub", "max", "cat", "nope"]:
        write_stdout("%s(12, 30) = %d\n" % (name, apply(name, 12, 30)))
    shapes = [Circle(1), Rect(2, 3), Shape(), Rect(1, 1)]
    write_stdout(" ".join([kind_of(s) for s in shapes]) + "\n")
    total = 0
    for op_name, func in OPS:
        total += func(7, 3)
    write_stdout("total %d\n" % total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
