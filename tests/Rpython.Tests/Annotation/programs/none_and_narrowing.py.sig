entry_point(argv: list(str(no_nul))) -> int
Node.__init__(self: instance of none_and_narrowing.Node, value: int(nonneg), next: instance of none_and_narrowing.Node or None) -> None
find(node: instance of none_and_narrowing.Node or None, value: int(nonneg) = 1) -> instance of none_and_narrowing.Node or None
length(node: instance of none_and_narrowing.Node or None) -> int(nonneg)
class none_and_narrowing.Node:
    next: instance of none_and_narrowing.Node or None
    value: int(nonneg)
