import sys


class Expr(object):
    def eval(self):
        raise NotImplementedError


class Num(Expr):
    def __init__(self, value):
        self.value = value

    def eval(self):
        return self.value


class Add(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self):
        return self.left.eval() + self.right.eval()


class Mul(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self):
        return self.left.eval() * self.right.eval()


def entry_point(argv):
    tree = Add(Num(2), Mul(Num(3), Num(len(argv))))
    return tree.eval()


if __name__ == "__main__":
    entry_point(sys.argv)
