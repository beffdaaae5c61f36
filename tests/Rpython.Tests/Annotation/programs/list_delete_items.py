import sys


def remove_negatives(values):
    i = 0
    while i < len(values):
        if values[i] < 0:
            del values[i]
        else:
            i += 1
    return values


def drop_prefix(values, n):
    del values[:n]
    return values


def entry_point(argv):
    values = [3, -1, 4, -1, -5, 9, len(argv)]
    remove_negatives(values)
    drop_prefix(values, 1)
    return len(values) + values[0]


if __name__ == "__main__":
    entry_point(sys.argv)
