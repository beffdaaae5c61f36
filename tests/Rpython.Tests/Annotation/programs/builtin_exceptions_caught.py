import sys


def safe_index(items, i):
    try:
        return items[i]
    except IndexError:
        return -1


def safe_lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -2


def safe_divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -3


def entry_point(argv):
    items = [10, 20, 30]
    table = {"a": 1}
    total = safe_index(items, 1) + safe_index(items, 7 + len(argv))
    total += safe_lookup(table, "a") + safe_lookup(table, argv[0])
    total += safe_divide(10, 3) + safe_divide(1, len(argv) - 1)
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
