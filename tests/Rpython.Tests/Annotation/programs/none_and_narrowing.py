import sys


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


def find(node, value):
    while node is not None:
        if node.value == value:
            return node
        node = node.next
    return None


def entry_point(argv):
    head = None
    for i in range(len(argv) + 3):
        head = Node(i, head)
    found = find(head, 1)
    if found is None:
        return -1
    return length(head) + found.value


if __name__ == "__main__":
    entry_point(sys.argv)
