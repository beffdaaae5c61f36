class Shape(object):
    sides = 0
    name = "shape"

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self, extra=1):
        return self.area() * 10 + self.sides + extra


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3
    name = "triangle"

    def area(self):
        return self.size * self.size // 2

    def describe(self, extra=1):
        return -self.area() + extra * 2


class Blob(Shape):
    pass


class Ring(Shape):
    def __init__(self, size, hole):
        Shape.__init__(self, size)
        self.hole = hole

    def area(self):
        return self.size * self.size - self.hole * self.hole


def double(x):
    return x * 2


def negate(x):
    return -x


def add_ten(x):
    return x + 10


OPERATIONS = [double, negate, add_ten]
TABLE = {"double": double, "negate": negate}
PREBUILT = [Square(3), Triangle(4), Blob(5)]
RING = Ring(6, 2)   # only ever seen as a Shape: laid out as the Ring it is
PAIRS = [(1, "one"), (2, "two"), (3, "three")]
ORIGIN = Square(0)
WEIGHTS = {1: 10, 2: 20, 3: 30}


def any_shape(n):
    if n > 1000:
        return PREBUILT[0]
    return RING


def pick(n):
    if n % 3 == 0:
        return Square(n)
    if n % 3 == 1:
        return Triangle(n)
    return Blob(n)


def main(n):
    total = 0
    shape = pick(n)
    total += shape.describe() + shape.describe(extra=5) + shape.sides + len(shape.name)
    for s in PREBUILT:
        total += s.area() + s.describe()
    for op in OPERATIONS:
        total += op(n)
    f = TABLE["double"] if n > 0 else TABLE["negate"]
    total += f(n)
    for number, word in PAIRS:
        total += number * len(word)
    total += ORIGIN.area() + ORIGIN.size + WEIGHTS[n % 3 + 1] + any_shape(n).area()
    PREBUILT[0].size += 1
    return total * 1000 + PREBUILT[0].size
