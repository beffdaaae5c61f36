import sys


class Grid(object):
    def __init__(self):
        self.cells = {}

    def set(self, x, y, value):
        self.cells[(x, y)] = value

    def get(self, x, y):
        return self.cells.get((x, y), ".")

    def neighbours(self, x, y):
        count = 0
        for dx in [-1, 0, 1]:
            for dy in [-1, 0, 1]:
                if (dx != 0 or dy != 0) and (x + dx, y + dy) in self.cells:
                    count += 1
        return count


def entry_point(argv):
    grid = Grid()
    grid.set(0, 0, "#")
    grid.set(1, 0, "#")
    grid.set(1, len(argv), "@")
    return grid.neighbours(0, 1) + len(grid.get(5, 5))


if __name__ == "__main__":
    entry_point(sys.argv)
