entry_point(argv: list(str(no_nul))) -> int(nonneg)
Num.__init__(self: instance of isinstance_tuple_of_classes.Num, value: int(nonneg)) -> None
Str.__init__(self: instance of isinstance_tuple_of_classes.Str, text: str(no_nul)) -> None
is_literal(node: instance of isinstance_tuple_of_classes.Node) -> bool
class isinstance_tuple_of_classes.Node:
class isinstance_tuple_of_classes.Num(isinstance_tuple_of_classes.Node):
    value: int(nonneg)
class isinstance_tuple_of_classes.Str(isinstance_tuple_of_classes.Node):
    text: str(no_nul)
class isinstance_tuple_of_classes.Call(isinstance_tuple_of_classes.Node):
