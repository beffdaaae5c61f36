"""The visitor pattern over an AST: nodes with accept() methods overridden per class, visitors
(pretty printer, evaluator with float results, node counter) as subclasses of a base visitor,
so each call dispatches on both the node's and the visitor's class."""
from rpython.rlib.rfile import write_stdout


class Node(object):
    def accept(self, v):
        raise NotImplementedError


class Num(Node):
    def __init__(self, value):
        self.value = value

    def accept(self, v):
        return v.visit_num(self)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def accept(self, v):
        return v.visit_var(self)


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def accept(self, v):
        return v.visit_binop(self)


class Visitor(object):
    def __init__(self):
        self.out = ""
        self.value = 0.0
        self.count = 0

    def visit_num(self, n):
        pass

    def visit_var(self, n):
        pass

    def visit_binop(self, n):
        n.left.accept(self)
        n.right.accept(self)


class Printer(Visitor):
    def visit_num(self, n):
        self.out += str(n.value)

    def visit_var(self, n):
        self.out += n.name

    def visit_binop(self, n):
        self.out += "("
        n.left.accept(self)
        self.out += " %s " % n.op
        n.right.accept(self)
        self.out += ")"


class Evaluator(Visitor):
    def __init__(self, env):
        Visitor.__init__(self)
        self.env = env

    def visit_num(self, n):
        self.value = n.value

    def visit_var(self, n):
        self.value = self.env.get(n.name, 0.0)

    def visit_binop(self, n):
        n.left.accept(self)
        a = self.value
        n.right.accept(self)
        b = self.value
        if n.op == "+":
            self.value = a + b
        elif n.op == "-":
            self.value = a - b
        elif n.op == "*":
            self.value = a * b
        else:
            self.value = a / b


class Counter(Visitor):
    def visit_num(self, n):
        self.count += 1

    def visit_var(self, n):
        self.count += 10

    def visit_binop(self, n):
        self.count += 100
        Visitor.visit_binop(self, n)


def entry_point(argv):
    tree = BinOp("+", BinOp("*", Num(2.5), Var("x")), BinOp("/", Var("y"), BinOp("-", Num(4.0), Num(1.5))))
    p = Printer()
    tree.accept(p)
    write_stdout(p.out + "\n")
    for x, y in [(1.0, 5.0), (-2.0, 0.25), (0.1, 0.2)]:
        e = Evaluator({"x": x, "y": y})
        tree.accept(e)
        write_stdout("x=%s y=%s -> %s\n" % (str(x), str(y), str(e.value)))
    c = Counter()
    tree.accept(c)
    write_stdout("count code %d\n" % c.count)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
