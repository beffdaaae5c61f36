import sys
from rpython.rlib.unroll import unrolling_iterable


def op_inc(x):
    return x + 1


def op_double(x):
    return x * 2


def op_square(x):
    return x * x


OPS = unrolling_iterable([
    ("inc", op_inc),
    ("double", op_double),
    ("square", op_square),
])


def dispatch(name, x):
    for op_name, func in OPS:
        if op_name == name:
            return func(x)
    return -1


def entry_point(argv):
    n = len(argv)
    total = dispatch("inc", n) + dispatch("square", n + 2)
    return total + dispatch(argv[0], n)


if __name__ == "__main__":
    entry_point(sys.argv)
