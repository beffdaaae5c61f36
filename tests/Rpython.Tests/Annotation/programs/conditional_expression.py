import sys


def sign(n):
    return -1 if n < 0 else (1 if n > 0 else 0)


def plural(word, count):
    return word if count == 1 else word + "s"


def entry_point(argv):
    n = len(argv)
    label = plural("file", n)
    total = sign(n - 3) + sign(0) + sign(n)
    ratio = 0.5 if n > 2 else 1.5
    return total + len(label) + int(ratio * 2)


if __name__ == "__main__":
    entry_point(sys.argv)
