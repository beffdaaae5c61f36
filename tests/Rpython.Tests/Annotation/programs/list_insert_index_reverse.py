import sys


def sorted_insert(items, value):
    position = 0
    while position < len(items) and items[position] < value:
        position += 1
    items.insert(position, value)
    return position


def ranks(items, values):
    result = []
    for v in values:
        result.append(items.index(v))
    return result


def entry_point(argv):
    items = []
    for v in [40, 10, 30, 20, len(argv)]:
        sorted_insert(items, v)
    r = ranks(items, [10, 40])
    items.reverse()
    return items[0] + r[0] * 10 + r[1]


if __name__ == "__main__":
    entry_point(sys.argv)
