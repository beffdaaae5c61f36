import sys


def shout(s):
    return s.upper()


def entry_point(argv):
    a = shout("x")
    b = shout(argv[0])
    return len(a) + len(b)


if __name__ == "__main__":
    entry_point(sys.argv)
