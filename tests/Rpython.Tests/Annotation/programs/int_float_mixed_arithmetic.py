import sys


def average(values):
    total = 0
    for v in values:
        total += v
    return float(total) / len(values)


def scale(x, factor):
    return x * factor + 0.5


def truncate(f):
    return int(f)


def entry_point(argv):
    values = [3, 5, 8, len(argv)]
    avg = average(values)
    scaled = scale(avg, 2)
    mixed = 1 + 2.5
    return truncate(scaled + mixed) % 256


if __name__ == "__main__":
    entry_point(sys.argv)
