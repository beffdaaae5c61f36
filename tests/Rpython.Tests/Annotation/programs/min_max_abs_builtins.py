import sys


def clamp(value, low, high):
    return max(low, min(value, high))


def distance(a, b):
    return abs(a - b)


def spread(values):
    low = values[0]
    high = values[0]
    for v in values:
        low = min(low, v)
        high = max(high, v)
    return high - low


def entry_point(argv):
    n = len(argv)
    total = clamp(n * 100, 0, 50) + distance(3, 10 + n)
    total += spread([4, -2, 9, n])
    f = max(1.5, float(n))
    return total + int(abs(-f))


if __name__ == "__main__":
    entry_point(sys.argv)
