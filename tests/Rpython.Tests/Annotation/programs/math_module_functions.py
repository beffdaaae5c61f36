import math
import sys


def hypotenuse(a, b):
    return math.sqrt(a * a + b * b)


def entry_point(argv):
    h = hypotenuse(3.0, 4.0 + len(argv))
    return int(math.floor(h)) + int(math.fabs(-2.5))


if __name__ == "__main__":
    entry_point(sys.argv)
