class Node(object):
    def __init__(self, value):
        self.value = value


def value_of(node, depth):
    value = node.value
    if depth > 0:
        return value_of(node, depth - 1) * 2  # recursive: the CLR's JIT keeps the frame
    return value


def main(n):
    # Enough work that main is not inlined into its caller: its frame shows in the trace.
    total = 0
    for i in range(n % 7):
        total += i * i - (i // 3) + (i % 5) * 2
        if total > 1000:
            total -= 999
    node = Node(n) if n < 100 else None
    return value_of(node, 2) + 1 + total * 0
