import sys


def in_range(x, low, high):
    return low <= x < high


def ordered(a, b, c):
    return a < b < c


def grade(score):
    if 90 <= score <= 100:
        return "A"
    elif 75 <= score < 90:
        return "B"
    elif 0 <= score < 75:
        return "C"
    return "?"


def entry_point(argv):
    n = len(argv)
    total = 0
    if in_range(n, 0, 10):
        total += 1
    if ordered(1, n, 3):
        total += 2
    return total + len(grade(95) + grade(80) + grade(n))


if __name__ == "__main__":
    entry_point(sys.argv)
