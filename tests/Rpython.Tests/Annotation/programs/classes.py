import sys


class Shape(object):
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


def total_area(shapes):
    total = 0
    for s in shapes:
        total += s.area()
    return total


def entry_point(argv):
    shapes = [Square(3), Rect(2, len(argv))]
    return total_area(shapes)


if __name__ == "__main__":
    entry_point(sys.argv)
