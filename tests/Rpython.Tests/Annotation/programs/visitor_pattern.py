import sys


class Node(object):
    def accept(self, visitor):
        raise NotImplementedError


class Leaf(Node):
    def __init__(self, value):
        self.value = value

    def accept(self, visitor):
        return visitor.visit_leaf(self)


class Pair(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def accept(self, visitor):
        return visitor.visit_pair(self)


class Visitor(object):
    def visit_leaf(self, leaf):
        return 0

    def visit_pair(self, pair):
        return pair.left.accept(self) + pair.right.accept(self)


class SumVisitor(Visitor):
    def visit_leaf(self, leaf):
        return leaf.value


class CountVisitor(Visitor):
    def visit_leaf(self, leaf):
        return 1


def entry_point(argv):
    tree = Pair(Leaf(3), Pair(Leaf(len(argv)), Leaf(5)))
    return tree.accept(SumVisitor()) * 10 + tree.accept(CountVisitor())


if __name__ == "__main__":
    entry_point(sys.argv)
