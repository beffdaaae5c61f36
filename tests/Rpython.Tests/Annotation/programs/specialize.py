import sys
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def describe(x):
    return x


@specialize.arg(1)
def pick(values, index):
    return values[index]


def entry_point(argv):
    a = describe(len(argv))
    b = describe(argv[0])
    c = pick((1, "two"), 0)
    d = pick((1, "two"), 1)
    return a + len(b) + c + len(d)


if __name__ == "__main__":
    entry_point(sys.argv)
