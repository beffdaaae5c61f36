import sys


def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def entry_point(argv):
    total = 0
    for n in range(2, 20 + len(argv)):
        total += find_divisor(n)
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
