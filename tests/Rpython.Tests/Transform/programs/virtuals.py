"""What malloc removal and inlining work on: small instances, tuples returned by small functions,
iterators, exceptions raised by inlined callees, constants passed to small functions."""

class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


def norm3(p):
    return p.norm1() + abs(p.z)


class Empty(Exception):
    pass


def divmod_pos(a, b):
    return a // b, a % b


def first_positive(a, b):
    if a > 0:
        return a
    if b > 0:
        return b
    raise Empty()


def scale(x, k):
    if k == 0:
        return 0
    if k == 1:
        return x
    return x * k


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def walk(n):
    p = Point(0, 0)
    for i in range(n % 17):
        step = Point(i, -i) if i % 2 == 0 else Point3(1, 2, i)
        p = p.add(step)
    return p.norm1()


def main(n):
    q, r = divmod_pos(n * n + 7, 5)
    total = q * 10 + r
    try:
        total += first_positive(n, -n)
    except Empty:
        total += 1000
    try:
        total += first_positive(n - n, n - n)
    except Empty:
        total += 2000
    total += scale(n, 0) + scale(n, 1) + scale(n, 3)
    total += safe_div(7, 2) + safe_div(n, 0) + safe_div(n * 100, 7)
    pt = Point3(n, 2 * n, 3)
    if isinstance(pt, Point3):
        total += pt.z
    total += walk(n) + norm3(pt)
    return total
