import sys


def build(n):
    items = []
    for i in range(n):
        items.insert(0, i * 3)
    return items


def position_of(items, value):
    if value in items:
        return items.index(value)
    return -1


def entry_point(argv):
    items = build(5 + len(argv))
    items.reverse()
    where = position_of(items, 6)
    items.insert(where, 100)
    items.remove(100)
    return where + items[-1] + items.count(0)


if __name__ == "__main__":
    entry_point(sys.argv)
