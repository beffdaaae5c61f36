entry_point(argv: list(str(no_nul))) -> int(nonneg)
Node.__init__(self: instance of type_annotations.Node, value: int(nonneg), next: instance of type_annotations.Node or None) -> None
average(values: list(float)) -> float
sum_of(values: list(float)) -> float
total(node: instance of type_annotations.Node) -> int(nonneg)
names(table: dict(char(no_nul) = 'a' -> int(nonneg) = 1)) -> list(char(no_nul) = 'a', resizable)
class type_annotations.Node:
    next: instance of type_annotations.Node or None
    value: int(nonneg)
