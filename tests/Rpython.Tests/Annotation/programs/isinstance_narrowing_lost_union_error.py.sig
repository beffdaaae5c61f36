entry_point(argv: list(str(no_nul))) -> int
Name.__init__(self: instance of isinstance_narrowing_lost_union_error.Name, value: str(no_nul)) -> None
Const.__init__(self: instance of isinstance_narrowing_lost_union_error.Const, value: int(nonneg)) -> None
Neg.__init__(self: instance of isinstance_narrowing_lost_union_error.Neg, operand: instance of isinstance_narrowing_lost_union_error.Const) -> None
evaluate(node: instance of isinstance_narrowing_lost_union_error.Node) -> int
class isinstance_narrowing_lost_union_error.Node:
class isinstance_narrowing_lost_union_error.Name(isinstance_narrowing_lost_union_error.Node):
    value: str(no_nul)
class isinstance_narrowing_lost_union_error.Const(isinstance_narrowing_lost_union_error.Node):
    value: int(nonneg)
class isinstance_narrowing_lost_union_error.Neg(isinstance_narrowing_lost_union_error.Node):
    operand: instance of isinstance_narrowing_lost_union_error.Const
