import sys


class Number(object):
    def add(self, other):
        raise NotImplementedError

    def add_int(self, value):
        raise NotImplementedError

    def add_float(self, value):
        raise NotImplementedError

    def as_float(self):
        raise NotImplementedError


class IntNumber(Number):
    def __init__(self, value):
        self.value = value

    def add(self, other):
        return other.add_int(self.value)

    def add_int(self, value):
        return IntNumber(self.value + value)

    def add_float(self, value):
        return FloatNumber(self.value + value)

    def as_float(self):
        return float(self.value)


class FloatNumber(Number):
    def __init__(self, value):
        self.value = value

    def add(self, other):
        return other.add_float(self.value)

    def add_int(self, value):
        return FloatNumber(self.value + value)

    def add_float(self, value):
        return FloatNumber(self.value + value)

    def as_float(self):
        return self.value


def entry_point(argv):
    a = IntNumber(len(argv))
    b = FloatNumber(2.5)
    total = a.add(b).add(a).add(IntNumber(3))
    return int(total.as_float())


if __name__ == "__main__":
    entry_point(sys.argv)
