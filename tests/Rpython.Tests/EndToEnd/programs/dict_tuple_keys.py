"""Dicts keyed by tuples: (x, y) grid coordinates (a sparse board and a flood count), (str, int)
pairs, lookups with tuples built at run time, 'in', deletion, and iteration over the keys."""
from rpython.rlib.rfile import write_stdout


def neighbours(board, x, y):
    n = 0
    for dx in [-1, 0, 1]:
        for dy in [-1, 0, 1]:
            if (dx != 0 or dy != 0) and (x + dx, y + dy) in board:
                n += 1
    return n


def entry_point(argv):
    board = {}
    for x, y in [(0, 0), (1, 0), (2, 0), (1, 1), (5, 5), (-1, -1)]:
        board[(x, y)] = True
    for x, y in [(1, 0), (0, 1), (5, 5), (3, 3), (-1, 0)]:
        write_stdout("(%d, %d): occupied=%s neighbours=%d\n" % (x, y, str((x, y) in board), neighbours(board, x, y)))
    del board[(5, 5)]
    write_stdout("after delete: %d cells: %s\n" % (len(board), " ".join(["(%d,%d)" % k for k in board])))
    prices = {}
    prices[("apple", 1)] = 0.5
    prices[("apple", 12)] = 5.0
    prices[("pear", 1)] = 0.75
    for name in ["apple", "pear"]:
        for qty in [1, 12]:
            key = (name, qty)
            if key in prices:
                write_stdout("%s x%d = %s\n" % (name, qty, str(prices[key])))
            else:
                write_stdout("%s x%d not sold\n" % (name, qty))
    dist = {}
    dist[(0, 0)] = 0
    frontier = [(0, 0)]
    while frontier:
        x, y = frontier.pop(0)
        d = dist[(x, y)]
        if d == 4:
            continue
        for nx, ny in [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]:
            if (nx, ny) not in dist:
                dist[(nx, ny)] = d + 1
                frontier.append((nx, ny))
    write_stdout("cells within 4 steps: %d\n" % len(dist))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
