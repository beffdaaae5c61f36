class Node(object):
    pass


class Const(Node):
    def __init__(self, value):
        self.value = value


class Name(Node):
    def __init__(self, value):
        self.value = value


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand


def evaluate(node):
    if isinstance(node, Const):
        return node.value
    elif isinstance(node, Name):
        return len(node.value)
    elif isinstance(node, Neg):
        return -evaluate(node.operand)
    raise ValueError


def entry_point(argv):
    n = Name(argv[0])
    return evaluate(Neg(Const(len(argv)))) + evaluate(n)


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
