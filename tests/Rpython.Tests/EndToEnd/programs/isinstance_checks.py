"""isinstance() against a class, a base class, an unrelated class and a tuple of classes; type
dispatch over an expression tree with isinstance; downcasting to reach subclass attributes."""
from rpython.rlib.rfile import write_stdout


class Node(object):
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value


class Add(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Mul(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand


def evaluate(n):
    if isinstance(n, Num):
        return n.value
    if isinstance(n, Add):
        return evaluate(n.left) + evaluate(n.right)
    if isinstance(n, Mul):
        return evaluate(n.left) * evaluate(n.right)
    if isinstance(n, Neg):
        return -evaluate(n.operand)
    return 0


def show(n):
    if isinstance(n, Num):
        return str(n.value)
    if isinstance(n, Add):
        return "(%s + %s)" % (show(n.left), show(n.right))
    if isinstance(n, Mul):
        return "%s * %s" % (show(n.left), show(n.right))
    if isinstance(n, Neg):
        return "-%s" % show(n.operand)
    return "?"


def kind(n):
    if isinstance(n, (Add, Mul)):
        return "binary"
    if isinstance(n, Neg):
        return "unary"
    if isinstance(n, Node):
        return "leaf"
    return "none"


def entry_point(argv):
    tree = Add(Mul(Num(3), Num(4)), Neg(Add(Num(1), Num(len(argv)))))
    write_stdout("%s = %d\n" % (show(tree), evaluate(tree)))
    nodes = [Num(1), Add(Num(1), Num(2)), Mul(Num(2), Num(3)), Neg(Num(5)), Node()]
    for n in nodes:
        write_stdout("%s: %s num=%s node=%s\n" % (show(n), kind(n), str(isinstance(n, Num)), str(isinstance(n, Node))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
