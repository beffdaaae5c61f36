import sys


def make_offsetters(offsets):
    table = {}
    for name, offset in offsets:
        def add_offset(n, offset=offset):
            return n + offset
        table[name] = add_offset
    return table


def make_op(kind):
    if kind == "inc":
        def op(x):
            return x + 1
    else:
        def op(x):
            return x - 1
    return op


OFFSETTERS = make_offsetters([("small", 1), ("large", 100)])
add_small = OFFSETTERS["small"]
add_large = OFFSETTERS["large"]
increment = make_op("inc")
decrement = make_op("dec")


def entry_point(argv):
    x = add_large(add_small(len(argv)))
    return decrement(increment(increment(x)))


if __name__ == "__main__":
    entry_point(sys.argv)
