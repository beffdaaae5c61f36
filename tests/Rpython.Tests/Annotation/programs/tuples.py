import sys


def divmod_pair(a, b):
    return a // b, a % b


def swap(pair):
    a, b = pair
    return b, a


def entry_point(argv):
    q, r = divmod_pair(len(argv) + 10, 3)
    x, y = swap((q, r))
    return x * 10 + y


if __name__ == "__main__":
    entry_point(sys.argv)
