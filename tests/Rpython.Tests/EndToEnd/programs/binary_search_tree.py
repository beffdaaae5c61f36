"""A binary search tree of int keys with str values: insertion, lookup, in-order traversal,
height, minimum/maximum, deletion of leaves, nodes with one child and nodes with two children."""
from rpython.rlib.rfile import write_stdout


class Tree(object):
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


def insert(node, key, value):
    if node is None:
        return Tree(key, value)
    if key < node.key:
        node.left = insert(node.left, key, value)
    elif key > node.key:
        node.right = insert(node.right, key, value)
    else:
        node.value = value
    return node


def lookup(node, key):
    while node is not None:
        if key == node.key:
            return node.value
        if key < node.key:
            node = node.left
        else:
            node = node.right
    return "-"


def inorder(node, out):
    if node is not None:
        inorder(node.left, out)
        out.append("%d:%s" % (node.key, node.value))
        inorder(node.right, out)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def delete(node, key):
    if node is None:
        return None
    if key < node.key:
        node.left = delete(node.left, key)
    elif key > node.key:
        node.right = delete(node.right, key)
    else:
        if node.left is None:
            return node.right
        if node.right is None:
            return node.left
        succ = node.right
        while succ.left is not None:
            succ = succ.left
        node.key = succ.key
        node.value = succ.value
        node.right = delete(node.right, succ.key)
    return node


def show(root):
    out = []
    inorder(root, out)
    return " ".join(out)


def entry_point(argv):
    root = None
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        root = insert(root, k, "v%d" % k)
    root = insert(root, 40, "forty")
    write_stdout("%s\nheight %d\n" % (show(root), height(root)))
    for k in [40, 65, 10, 80]:
        write_stdout("lookup %d = %s\n" % (k, lookup(root, k)))
    for k in [20, 30, 50, 99]:
        root = delete(root, k)
        write_stdout("delete %d: %s (height %d)\n" % (k, show(root), height(root)))
    chain = None
    for k in range(100):
        chain = insert(chain, k, "x")
    write_stdout("degenerate height %d\n" % height(chain))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
