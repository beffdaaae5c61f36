import sys


class Color(object):
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    @staticmethod
    def clamp(value):
        if value < 0:
            return 0
        if value > 255:
            return 255
        return value

    def brighten(self, amount):
        return Color(Color.clamp(self.r + amount),
                     Color.clamp(self.g + amount),
                     self.clamp(self.b + amount))

    def total(self):
        return self.r + self.g + self.b


def entry_point(argv):
    c = Color(100, 250, len(argv)).brighten(10)
    return c.total()


if __name__ == "__main__":
    entry_point(sys.argv)
