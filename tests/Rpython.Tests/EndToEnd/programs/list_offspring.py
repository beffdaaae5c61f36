"""Lists made by [x] * n and l1 + l2: their items widen with what is stored into the copy, so
[None] * n becomes a list of instances, and lists of a class and of its subclass concatenate."""
import sys
from rpython.rlib.rfile import write_stdout


class Shape(object):
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def entry_point(argv):
    n = len(argv) + 3
    slots = [None] * n
    slots[1] = Square(3)
    slots[n - 1] = Circle(2)
    filled = 0
    for s in slots:
        if s is not None:
            filled += s.area()
    write_stdout("slots %d filled area %d\n" % (len(slots), filled))
    squares = [Square(1), Square(2)]
    shapes = [Circle(1)] + squares
    total = 0
    for s in shapes:
        total += s.area()
    write_stdout("concatenated %d total %d\n" % (len(shapes), total))
    twice = squares * 2
    write_stdout("repeated %d last %d\n" % (len(twice), twice[-1].area()))
    counts = [0] * n
    counts[2] += 5
    write_stdout("counts %d %d\n" % (len(counts), counts[2]))
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
