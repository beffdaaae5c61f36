import sys


class Cell(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


class LinkedList(object):
    def __init__(self):
        self.head = None
        self.size = 0

    def prepend(self, value):
        self.head = Cell(value, self.head)
        self.size += 1

    def reverse(self):
        previous = None
        current = self.head
        while current is not None:
            following = current.next
            current.next = previous
            previous = current
            current = following
        self.head = previous

    def to_list(self):
        result = []
        cell = self.head
        while cell is not None:
            result.append(cell.value)
            cell = cell.next
        return result


def entry_point(argv):
    lst = LinkedList()
    for i in range(5 + len(argv)):
        lst.prepend(i)
    lst.reverse()
    items = lst.to_list()
    return items[0] + lst.size


if __name__ == "__main__":
    entry_point(sys.argv)
