entry_point(argv: list(str(no_nul))) -> int(nonneg)
LinkedList.__init__(self: instance of linked_list.LinkedList) -> None
LinkedList.prepend(self: instance of linked_list.LinkedList, value: int(nonneg)) -> None
LinkedList.reverse(self: instance of linked_list.LinkedList) -> None
Cell.__init__(self: instance of linked_list.Cell, value: int(nonneg), next: instance of linked_list.Cell or None) -> None
LinkedList.to_list(self: instance of linked_list.LinkedList) -> list(int(nonneg), resizable)
class linked_list.LinkedList:
    head: instance of linked_list.Cell or None
    size: int(nonneg)
class linked_list.Cell:
    next: instance of linked_list.Cell or None
    value: int(nonneg)
