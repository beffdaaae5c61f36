import sys
from typing import Optional


class Node(object):
    def __init__(self, value: int, next: "Optional[Node]") -> None:
        self.value = value
        self.next = next


def total(node: Optional[Node]) -> int:
    s = 0
    while node is not None:
        s += node.value
        node = node.next
    return s


def average(values: list[float]) -> float:
    return sum_of(values) / len(values)


def sum_of(values: list[float]) -> float:
    s: float = 0.0
    for v in values:
        s += v
    return s


def names(table: dict[str, int]) -> list[str]:
    return [k for k in table]


def entry_point(argv: list[str]) -> int:
    head = Node(1, Node(2, None))
    avg = average([1.0, 2.5])
    if avg > 10.0:
        return 1
    return total(head) + len(names({"a": 1}))


if __name__ == "__main__":
    entry_point(sys.argv)
