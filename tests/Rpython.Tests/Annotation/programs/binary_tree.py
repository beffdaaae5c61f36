import sys


class TreeNode(object):
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(node, key):
    if node is None:
        return TreeNode(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def in_order(node, out):
    if node is not None:
        in_order(node.left, out)
        out.append(node.key)
        in_order(node.right, out)


def entry_point(argv):
    root = None
    for key in [50, 30, 70, 20, 40, 60, 80, len(argv)]:
        root = insert(root, key)
    keys = []
    in_order(root, keys)
    return height(root) + len(keys)


if __name__ == "__main__":
    entry_point(sys.argv)
