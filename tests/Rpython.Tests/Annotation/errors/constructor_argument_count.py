class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def entry_point(argv):
    p = Point(1, 2, 3)
    return p.x
