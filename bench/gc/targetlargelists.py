"""Large lists, the large-object scenario of bench/bench_gc.py: LIVE_MB megabytes of long-lived trees
(old objects the major collector marks), then ROUNDS rounds that each allocate two temporary lists of
ITEMS items (by default 160 KB each, above the collector's large-object threshold: memory of their own
outside the nursery, freed by the next minor collection), one of ints and one of pointers (an array
with card marks).

Usage: largelists [LIVE_MB [ROUNDS [ITEMS]]]   (defaults 256, 20000, 20000)
"""

import sys

from rpython.rlib.rfile import write_stdout

TREE_DEPTH = 14
NODE_BYTES = 32


class Node(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def entry_point(argv):
    live_mb = int(argv[1]) if len(argv) > 1 else 256
    rounds = int(argv[2]) if len(argv) > 2 else 20000
    items = int(argv[3]) if len(argv) > 3 else 20000
    live = []
    tree_bytes = ((1 << (TREE_DEPTH + 1)) - 1) * NODE_BYTES
    while len(live) * tree_bytes < live_mb * 1024 * 1024:
        live.append(make(TREE_DEPTH))
    total = 0
    last = None
    for i in range(rounds):
        numbers = [i] * items
        total += numbers[i % items]
        pointers = [last] * items
        pointers[i % items] = live[i % len(live)]
        last = pointers[(i + 1) % items]
    write_stdout("%d rounds, total %d, %d live trees\n" % (rounds, total, len(live)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
