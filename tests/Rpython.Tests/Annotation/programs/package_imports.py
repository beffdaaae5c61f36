import sys

from pkg_shapes.base import Shape
from pkg_shapes.square import Square


def total(shapes):
    s = 0
    for shape in shapes:
        s += shape.area()
    return s


def entry_point(argv):
    shapes = [Shape(), Square(len(argv))]
    return total(shapes)


if __name__ == "__main__":
    entry_point(sys.argv)
