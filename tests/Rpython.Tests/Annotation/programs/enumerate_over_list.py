import sys


def find_all(items, target):
    positions = []
    for index, item in enumerate(items):
        if item == target:
            positions.append(index)
    return positions


def weighted_sum(values):
    total = 0
    for i, v in enumerate(values):
        total += i * v
    return total


def entry_point(argv):
    positions = find_all(["a", "b", "a", argv[0]], "a")
    return len(positions) + weighted_sum([5, 6, 7, len(argv)])


if __name__ == "__main__":
    entry_point(sys.argv)
