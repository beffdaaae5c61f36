import sys


class Node(object):
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value


class Str(Node):
    def __init__(self, text):
        self.text = text


class Call(Node):
    pass


def is_literal(node):
    return isinstance(node, (Num, Str))


def entry_point(argv):
    nodes = [Num(len(argv)), Str(argv[0]), Call()]
    count = 0
    for n in nodes:
        if is_literal(n):
            count += 1
    return count


if __name__ == "__main__":
    entry_point(sys.argv)
