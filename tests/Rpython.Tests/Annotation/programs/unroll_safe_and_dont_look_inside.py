import sys
from rpython.rlib.jit import dont_look_inside, unroll_safe, elidable


@unroll_safe
def sum_small(values):
    total = 0
    for v in values:
        total += v
    return total


@dont_look_inside
def slow_lookup(table, key):
    for k, v in table:
        if k == key:
            return v
    return -1


@elidable
def opcode_length(opcode):
    if opcode < 10:
        return 1
    return 3


def entry_point(argv):
    table = [("a", 1), ("b", 2), (argv[0], 3)]
    total = sum_small([1, 2, len(argv)]) + slow_lookup(table, "b")
    return total + opcode_length(42)


if __name__ == "__main__":
    entry_point(sys.argv)
