import sys


class Frame(object):
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def depth(self):
        d = 0
        frame = self.parent
        while frame is not None:
            d += 1
            frame = frame.parent
        return d


def entry_point(argv):
    root = Frame("root")
    child = Frame("child", root)
    leaf = Frame(argv[0], child)
    if leaf.parent is not None:
        return leaf.depth() + len(leaf.parent.name)
    return 0


if __name__ == "__main__":
    entry_point(sys.argv)
