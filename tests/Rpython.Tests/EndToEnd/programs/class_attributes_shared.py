"""Class attributes: constants read through instances and through the class, overridden in
subclasses (the instance sees its own class's value even through a base-typed variable),
shadowed by an instance attribute, and used as per-class configuration."""
from rpython.rlib.rfile import write_stdout


class Shape(object):
    sides = 0
    kind = "shape"
    scale = 1

    def __init__(self, size):
        self.size = size

    def perimeter(self):
        return self.sides * self.size * self.scale


class Triangle(Shape):
    sides = 3
    kind = "triangle"


class Square(Shape):
    sides = 4
    kind = "square"


class BigSquare(Square):
    scale = 10
    kind = "big square"


def entry_point(argv):
    shapes = [Shape(5), Triangle(2), Square(3), BigSquare(3)]
    for s in shapes:
        write_stdout("%s: sides=%d perimeter=%d\n" % (s.kind, s.sides, s.perimeter()))
    write_stdout("via classes: %d %d %d %s\n" % (Triangle.sides, Square.sides, BigSquare.scale, BigSquare.kind))
    t = shapes[1]
    t.scale = 100
    write_stdout("shadowed: %d, class still %d, other %d\n" % (t.perimeter(), Triangle.scale, shapes[2].perimeter()))
    total = 0
    for s in shapes:
        total += s.sides
    write_stdout("total sides %d\n" % total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
