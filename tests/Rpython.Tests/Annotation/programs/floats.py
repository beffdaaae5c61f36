import sys


def mean(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def entry_point(argv):
    values = [1.5, 2.5, float(len(argv))]
    m = mean(values)
    if m > 2.0:
        return 1
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
