class Counter(object):
    def __init__(self, start):
        self.value = start
        self.steps = 0

    def bump(self, by):
        self.value += by
        self.steps += 1
        return self.value


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


class Shape(object):
    def __init__(self, size):
        self.size = size

    def scaled(self, k):
        return self.size * k


class Square(Shape):
    def __init__(self, size):
        Shape.__init__(self, size)
        self.corners = 4


class Circle(Shape):
    pass


def length(node):
    n = 0
    while node is not None:
        n += node.value
        node = node.next
    return n


def describe(shape):
    if isinstance(shape, Square):
        return shape.corners * 100 + shape.scaled(2)
    return shape.scaled(3)


def main(n):
    c = Counter(n)
    c.bump(3)
    c.bump(-1)
    head = None
    i = 0
    while i < 5:
        head = Node(i * n, head)
        i += 1
    shape = Square(n) if n > 2 else Circle(n)
    return c.value + c.steps * 1000 + length(head) + describe(shape) + describe(Circle(1))
