class Node(object):
    def __init__(self, value):
        self.value = value


def value_of(node, depth):
    value = node.value
    if depth > 0:
        return value_of(node, depth - 1) * 2  # recursive: the CLR's JIT keeps the frame
    return value


def main(n):
    node = Node(n) if n < 100 else None
    return value_of(node, 2) + 1
