import sys


class Stack(object):
    def __init__(self, capacity):
        assert capacity > 0
        self.items = [0] * capacity
        self.top = 0

    def push(self, value):
        assert self.top < len(self.items), "stack overflow"
        self.items[self.top] = value
        self.top += 1

    def pop(self):
        assert self.top > 0
        self.top -= 1
        return self.items[self.top]


def entry_point(argv):
    s = Stack(4)
    s.push(len(argv))
    s.push(10)
    n = s.pop()
    assert n >= 0
    return n + s.pop()


if __name__ == "__main__":
    entry_point(sys.argv)
