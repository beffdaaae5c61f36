"""Dicts keyed by instances (identity: two equal-looking objects are different keys), with
objects as values too; attribute lookup by object, counting visits, and a graph of nodes in an
adjacency dict traversed depth-first."""
from rpython.rlib.rfile import write_stdout


class Node(object):
    def __init__(self, name):
        self.name = name


def dfs(graph, start, seen, order):
    seen[start] = True
    order.append(start.name)
    for nxt in graph[start]:
        if nxt not in seen:
            dfs(graph, nxt, seen, order)


def entry_point(argv):
    a = Node("a")
    b = Node("b")
    c = Node("c")
    d = Node("d")
    twin = Node("a")
    age = {}
    age[a] = 1
    age[b] = 2
    age[twin] = 99
    write_stdout("len %d, a -> %d, twin -> %d, c in: %s\n" % (len(age), age[a], age[twin], str(c in age)))
    graph = {}
    graph[a] = [b, c]
    graph[b] = [d]
    graph[c] = [d, a]
    graph[d] = []
    order = []
    dfs(graph, a, {}, order)
    write_stdout("dfs from a: %s\n" % " ".join(order))
    order2 = []
    dfs(graph, c, {}, order2)
    write_stdout("dfs from c: %s\n" % " ".join(order2))
    parent = {}
    parent[b] = a
    parent[c] = a
    parent[d] = b
    node = d
    path = [node.name]
    while node in parent:
        node = parent[node]
        path.append(node.name)
    write_stdout("path to root: %s\n" % " <- ".join(path))
    visits = {}
    for n in [a, b, a, c, a, d, b]:
        visits[n] = visits.get(n, 0) + 1
    write_stdout("visits: %s\n" % " ".join(["%s=%d" % (n.name, v) for n, v in visits.items()]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
