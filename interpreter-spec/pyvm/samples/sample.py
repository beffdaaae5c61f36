"""The sample ./build.sh runs on the translated Python VM: a little of everything."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


shapes = sorted([Rect(3, 4), Circle(1.5), Rect(2, 2)], key=lambda s: s.area())
print(shapes)
print([n for n, _ in zip(fib(), range(12))])
print(2 ** 100, divmod(-7, 2), {k: len(k) for k in ("a", "bb", "ccc")})
try:
    Shape("?").area()
except NotImplementedError as e:
    print("abstract:", type(e).__name__)
print("done")
