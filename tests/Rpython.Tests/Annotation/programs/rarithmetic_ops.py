import sys
from rpython.rlib.rarithmetic import intmask, ovfcheck, r_uint


def checked_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1


def hash_string(s):
    h = r_uint(5381)
    for c in s:
        h = h * r_uint(33) + r_uint(ord(c))
    return intmask(h)


def entry_point(argv):
    return checked_add(len(argv), 2) + hash_string(argv[0]) * 0


if __name__ == "__main__":
    entry_point(sys.argv)
