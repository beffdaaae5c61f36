"""A method called on instances of a base class, annotated before the program first makes an
instance of a subclass that overrides it: the subclass's method must still be one the call may
reach (it is only met once the call was annotated, and the instances' annotation does not change)."""
import sys
from rpython.rlib.rfile import write_stdout


class Shape(object):
    def sides(self):
        return 0


class Triangle(Shape):
    def sides(self):
        return 3


class Square(Shape):
    def sides(self):
        return 4


def total_sides(shapes):
    total = 0
    for s in shapes:
        total += s.sides()
    return total


def new_square():
    return Square()


def square_maker(n):
    # a few calls deep, so that the annotator meets Square after it annotated total_sides
    if n > 0:
        return square_maker(n - 1)
    return new_square()


def make_square():
    return square_maker(3)


def entry_point(argv):
    shapes = [Shape(), Triangle()]
    write_stdout("before %d\n" % total_sides(shapes))
    shapes.append(make_square())
    write_stdout("after %d\n" % total_sides(shapes))
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
