import sys


def min_max_sum(values):
    low = values[0]
    high = values[0]
    total = 0
    for v in values:
        if v < low:
            low = v
        if v > high:
            high = v
        total += v
    return low, high, total


def describe(values):
    low, high, total = min_max_sum(values)
    spread = high - low
    return spread, float(total) / len(values)


def entry_point(argv):
    spread, mean = describe([3, 9, 1, len(argv)])
    a, b = 1, 2
    a, b = b, a
    return spread + int(mean) + a - b


if __name__ == "__main__":
    entry_point(sys.argv)
