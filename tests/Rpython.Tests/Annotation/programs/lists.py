import sys


def squares(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result


def total(items):
    s = 0
    for x in items:
        s += x
    return s


def entry_point(argv):
    items = squares(len(argv) + 3)
    items[0] = 7
    last = items.pop()
    doubled = [x * 2 for x in items]
    return total(doubled) + last


if __name__ == "__main__":
    entry_point(sys.argv)
