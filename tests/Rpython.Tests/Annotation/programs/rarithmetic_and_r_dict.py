import sys
from rpython.rlib.objectmodel import r_dict
from rpython.rlib.rarithmetic import r_int64, r_uint64, widen


class Key(object):
    def __init__(self, name):
        self.name = name


def key_eq(a, b):
    return a.name.lower() == b.name.lower()


def key_hash(a):
    return len(a.name)


def entry_point(argv):
    table = r_dict(key_eq, key_hash)
    table[Key("A")] = 1
    table[Key("a")] = 2
    big = r_int64(len(argv)) * r_int64(3)
    mask = r_uint64(7)
    return len(table) + widen(len(argv)) + (1 if big > 0 else 0) + (1 if mask > 0 else 0)


if __name__ == "__main__":
    entry_point(sys.argv)
