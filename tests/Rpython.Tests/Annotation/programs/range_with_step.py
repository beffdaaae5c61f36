import sys


def sum_evens(n):
    total = 0
    for i in range(0, n, 2):
        total += i
    return total


def countdown(n):
    steps = []
    for i in range(n, 0, -3):
        steps.append(i)
    return steps


def entry_point(argv):
    n = 10 + len(argv)
    return sum_evens(n) + len(countdown(n))


if __name__ == "__main__":
    entry_point(sys.argv)
