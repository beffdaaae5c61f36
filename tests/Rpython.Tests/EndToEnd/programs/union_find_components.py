"""Union-find with path compression and union by rank over a list of ints: connected
components of a graph, Kruskal's minimum spanning tree on edges sorted as tuples, and cycle
detection."""
from rpython.rlib.rfile import write_stdout


class DisjointSet(object):
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.sets = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a, b):
        ra = self.find(a)
        rb = self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True


def entry_point(argv):
    ds = DisjointSet(10)
    for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (9, 7)]:
        merged = ds.union(a, b)
        write_stdout("union(%d, %d): %s, %d sets\n" % (a, b, str(merged), ds.sets))
    groups = {}
    for x in range(10):
        groups.setdefault(ds.find(x), []).append(str(x))
    for root, members in groups.items():
        write_stdout("component: %s\n" % " ".join(members))
    edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4), (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
    edges.sort()
    mst = DisjointSet(7)
    total = 0
    chosen = []
    for w, a, b in edges:
        if mst.union(a, b):
            total += w
            chosen.append("%s%s" % (chr(ord("A") + a), chr(ord("A") + b)))
    write_stdout("MST weight %d: %s\n" % (total, " ".join(chosen)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
