class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def swap(a, b):
    return b, a


def main(n):
    p = Point(n, n + 1)
    q, r = swap(p.x, p.y)
    return q * 10 + r
