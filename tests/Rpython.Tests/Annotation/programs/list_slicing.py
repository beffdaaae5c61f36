import sys


def window_sums(values, size):
    sums = []
    for i in range(len(values) - size + 1):
        window = values[i:i + size]
        total = 0
        for v in window:
            total += v
        sums.append(total)
    return sums


def drop_ends(values):
    return values[1:-1]


def entry_point(argv):
    values = [4, 8, 15, 16, 23, 42, len(argv)]
    sums = window_sums(values, 3)
    head = values[:2]
    tail = values[5:]
    return len(sums) + len(drop_ends(values)) + head[0] + tail[-1]


if __name__ == "__main__":
    entry_point(sys.argv)
