"""Binary trees, the GC benchmark of bench/bench_gc.py: the benchmarks game's binary-trees (many
short-lived trees of growing depth: young objects that die young, and a long-lived tree), plus
LIVE_MB megabytes of long-lived trees built first (old objects the major collector must mark while
the program keeps allocating).

Usage: binarytrees [MAX_DEPTH [LIVE_MB]]   (defaults 16 and 0)
"""

import sys

from rpython.rlib.rfile import write_stdout

# The size of a Node translated: a 16-byte GC header and two pointers.
NODE_BYTES = 32
LIVE_TREE_DEPTH = 14


class Node(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def entry_point(argv):
    max_depth = int(argv[1]) if len(argv) > 1 else 16
    live_mb = int(argv[2]) if len(argv) > 2 else 0
    min_depth = 4
    stretch = max_depth + 1
    write_stdout("stretch tree of depth %d\t check: %d\n" % (stretch, check(make(stretch))))
    live = []
    tree_bytes = ((1 << (LIVE_TREE_DEPTH + 1)) - 1) * NODE_BYTES
    while len(live) * tree_bytes < live_mb * 1024 * 1024:
        live.append(make(LIVE_TREE_DEPTH))
    long_lived = make(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total += check(make(depth))
        write_stdout("%d\t trees of depth %d\t check: %d\n" % (iterations, depth, total))
        depth += 2
    write_stdout("long lived tree of depth %d\t check: %d\n" % (max_depth, check(long_lived)))
    nodes = 0
    for tree in live:
        nodes += check(tree)
    write_stdout("live data: %d trees, %d nodes\n" % (len(live), nodes))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
