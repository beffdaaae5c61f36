entry_point(argv: list(str(no_nul))) -> int(nonneg)
Leaf.__init__(self: instance of visitor_pattern.Leaf, value: int(nonneg)) -> None
Pair.__init__(self: instance of visitor_pattern.Pair, left: instance of visitor_pattern.Leaf, right: instance of visitor_pattern.Node) -> None
Pair.accept(self: instance of visitor_pattern.Pair, visitor: instance of visitor_pattern.Visitor) -> int(nonneg)
Visitor.visit_pair(self: instance of visitor_pattern.Visitor, pair: instance of visitor_pattern.Pair) -> int(nonneg)
Leaf.accept(self: instance of visitor_pattern.Leaf, visitor: instance of visitor_pattern.Visitor) -> int(nonneg)
SumVisitor.visit_leaf(self: instance of visitor_pattern.SumVisitor, leaf: instance of visitor_pattern.Leaf) -> int(nonneg)
Node.accept(self: instance of visitor_pattern.Node, visitor: instance of visitor_pattern.Visitor) -> impossible
CountVisitor.visit_leaf(self: instance of visitor_pattern.CountVisitor, leaf: instance of visitor_pattern.Leaf) -> int(nonneg) = 1
Visitor.visit_leaf(self: instance of visitor_pattern.Visitor, leaf: instance of visitor_pattern.Leaf) -> int(nonneg) = 0
class visitor_pattern.Node:
class visitor_pattern.Leaf(visitor_pattern.Node):
    value: int(nonneg)
class visitor_pattern.Pair(visitor_pattern.Node):
    left: instance of visitor_pattern.Leaf
    right: instance of visitor_pattern.Node
class visitor_pattern.Visitor:
class visitor_pattern.SumVisitor(visitor_pattern.Visitor):
class visitor_pattern.CountVisitor(visitor_pattern.Visitor):
