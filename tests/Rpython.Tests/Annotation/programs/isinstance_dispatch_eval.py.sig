entry_point(argv: list(str(no_nul))) -> int
Const.__init__(self: instance of isinstance_dispatch_eval.Const, value: int(nonneg)) -> None
BinOp.__init__(self: instance of isinstance_dispatch_eval.BinOp, op: char(no_nul), left: instance of isinstance_dispatch_eval.Const, right: instance of isinstance_dispatch_eval.Node) -> None
Neg.__init__(self: instance of isinstance_dispatch_eval.Neg, operand: instance of isinstance_dispatch_eval.BinOp) -> None
evaluate(node: instance of isinstance_dispatch_eval.Node) -> int
class isinstance_dispatch_eval.Node:
class isinstance_dispatch_eval.Const(isinstance_dispatch_eval.Node):
    value: int(nonneg)
class isinstance_dispatch_eval.BinOp(isinstance_dispatch_eval.Node):
    left: instance of isinstance_dispatch_eval.Const
    op: char(no_nul)
    right: instance of isinstance_dispatch_eval.Node
class isinstance_dispatch_eval.Neg(isinstance_dispatch_eval.Node):
    operand: instance of isinstance_dispatch_eval.BinOp
