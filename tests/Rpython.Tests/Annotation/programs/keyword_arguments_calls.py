import sys


def make_range(start, stop, step=1, inclusive=False):
    result = []
    if inclusive:
        stop += step
    i = start
    while i < stop:
        result.append(i)
        i += step
    return result


class Point(object):
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(x=self.x + dx, y=self.y + dy)


def entry_point(argv):
    a = make_range(0, 10, step=2)
    b = make_range(stop=5, start=1, inclusive=True)
    p = Point(y=len(argv)).moved(dy=3).moved(1)
    return len(a) + len(b) + p.x + p.y


if __name__ == "__main__":
    entry_point(sys.argv)
