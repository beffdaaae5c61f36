from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.unroll import unrolling_iterable

OPS = unrolling_iterable([("add", 1), ("sub", 2), ("mul", 3)])
SMALL = unrolling_iterable([1, 3, 4, 5])


def dispatch(name, x):
    for opname, code in OPS:
        if name == opname:
            return x * code
    return -1


def first_even(n):
    for k in SMALL:
        if k % 2 == 1:
            continue
        return k + n
    return n


def mode():
    if we_are_translated():
        return 1
    return 0


def remove(items, table, key):
    del items[0]
    del table[key]
    local = 1
    del local
    return len(items)
