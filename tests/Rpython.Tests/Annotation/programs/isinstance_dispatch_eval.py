import sys


class Node(object):
    pass


class Const(Node):
    def __init__(self, value):
        self.value = value


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


def evaluate(node):
    if isinstance(node, Const):
        return node.value
    elif isinstance(node, Neg):
        return -evaluate(node.operand)
    elif isinstance(node, BinOp):
        left = evaluate(node.left)
        right = evaluate(node.right)
        if node.op == "+":
            return left + right
        return left * right
    raise ValueError


def entry_point(argv):
    tree = BinOp("+", Const(len(argv)), Neg(BinOp("*", Const(2), Const(3))))
    return evaluate(tree)


if __name__ == "__main__":
    entry_point(sys.argv)
