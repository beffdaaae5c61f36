import sys


def celsius_to_fahrenheit(c):
    return c * 9.0 / 5.0 + 32.0


def round_half_up(x):
    if x >= 0.0:
        return int(x + 0.5)
    return -int(-x + 0.5)


def mean_int(values):
    total = 0
    for v in values:
        total += v
    return float(total) / float(len(values))


def entry_point(argv):
    f = celsius_to_fahrenheit(float(len(argv) * 10))
    m = mean_int([1, 2, 4])
    return round_half_up(f) + round_half_up(-m) + int(2.9)


if __name__ == "__main__":
    entry_point(sys.argv)
