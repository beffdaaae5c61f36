import sys


def merge(a, b):
    result = []
    result.extend(a)
    result.extend(b)
    return result


def drain_front(items):
    total = 0
    while len(items) > 0:
        total = total * 2 + items.pop(0)
    return total


def entry_point(argv):
    merged = merge([1, 2], [3, len(argv)])
    middle = merged.pop(1)
    merged += [9]
    return drain_front(merged) + middle


if __name__ == "__main__":
    entry_point(sys.argv)
