import sys
from rpython.rlib.objectmodel import specialize


def total(*values):
    s = 0
    if len(values) > 0:
        s += values[0]
    if len(values) > 1:
        s += values[1]
    return s


def forward(*args):
    return total(*args)


def scaled(x, *, factor=2):
    return x * factor


class Circle(object):
    sides = 0


class Square(object):
    sides = 4


@specialize.memo()
def sides_of(cls):
    return cls.sides * 10


def pick(flag):
    if flag:
        return Circle
    return Square


def entry_point(argv):
    a = total() + total(1) + total(1, 2)
    b = forward(3, 4) + scaled(5) + scaled(5, factor=3)
    c = sides_of(pick(len(argv) > 1))
    return a + b + c


if __name__ == "__main__":
    entry_point(sys.argv)
