import sys


class Value(object):
    pass


class IntValue(Value):
    def __init__(self, n):
        self.n = n


class StrValue(Value):
    def __init__(self, s):
        self.s = s


def describe(v):
    if isinstance(v, IntValue):
        return v.n
    elif isinstance(v, StrValue):
        return len(v.s)
    return -1


def make(flag):
    if flag:
        return IntValue(42)
    return StrValue("hello")


def entry_point(argv):
    return describe(make(len(argv) > 1)) + describe(make(False))


if __name__ == "__main__":
    entry_point(sys.argv)
