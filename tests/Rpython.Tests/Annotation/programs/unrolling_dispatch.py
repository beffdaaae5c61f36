import sys
from rpython.rlib.unroll import unrolling_iterable


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_mul(a, b):
    return a * b


OPERATIONS = unrolling_iterable([("+", op_add), ("-", op_sub), ("*", op_mul)])


def apply(symbol, a, b):
    for name, function in OPERATIONS:
        if symbol == name:
            return function(a, b)
    return 0


def entry_point(argv):
    return apply("+", 2, len(argv)) + apply("*", 3, 4) - apply("-", 9, 1)


if __name__ == "__main__":
    entry_point(sys.argv)
