from rpython.rlib.jit import elidable


class Point(object):
    ORIGIN_NAME = "origin"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


@elidable
def make(x):
    return Point(x, x * 2)


def use(p, items):
    p.x = items[0]
    items[1] = p.y
    n = len(items)
    return p.norm1() + n, Point.ORIGIN_NAME


def keywords(a):
    return make(x=a), max(a, 1, *[2])


def unpack(pair):
    a, b = pair
    return (a, b, 3), [a, b], {a: b}


def named_attribute(p):
    # A constant name: the same operation as p.x.
    return getattr(p, "x")
