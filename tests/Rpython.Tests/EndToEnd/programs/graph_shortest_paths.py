"""Graph algorithms on a weighted directed graph given as a dict of lists of (neighbour, weight)
tuples: Dijkstra with a simple binary heap, breadth-first hop counts, path reconstruction, and
unreachable nodes; then Floyd-Warshall on a matrix for comparison."""
from rpython.rlib.rfile import write_stdout

INF = 1000000000

EDGES = [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("C", "E", 10),
         ("D", "E", 2), ("E", "F", 3), ("D", "F", 6), ("G", "A", 1)]


def build():
    graph = {}
    for src, dst, w in EDGES:
        graph.setdefault(src, []).append((dst, w))
        graph.setdefault(dst, [])
    return graph


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0 and heap[(i - 1) // 2] > heap[i]:
        p = (i - 1) // 2
        heap[i], heap[p] = heap[p], heap[i]
        i = p


def heap_pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(heap):
                break
            if c + 1 < len(heap) and heap[c + 1] < heap[c]:
                c += 1
            if heap[i] <= heap[c]:
                break
            heap[i], heap[c] = heap[c], heap[i]
            i = c
    return top


def dijkstra(graph, start):
    dist = {}
    prev = {}
    for node in graph:
        dist[node] = INF
    dist[start] = 0
    heap = [(0, start)]
    while heap:
        d, node = heap_pop(heap)
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(heap, (nd, nxt))
    return dist, prev


def path(prev, start, end):
    nodes = [end]
    while nodes[-1] != start:
        if nodes[-1] not in prev:
            return "unreachable"
        nodes.append(prev[nodes[-1]])
    nodes.reverse()
    return "-".join(nodes)


def hops(graph, start):
    seen = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt, w in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen


def entry_point(argv):
    graph = build()
    dist, prev = dijkstra(graph, "A")
    for node in graph:
        if dist[node] == INF:
            write_stdout("%s: unreachable\n" % node)
        else:
            write_stdout("%s: %d via %s\n" % (node, dist[node], path(prev, "A", node)))
    h = hops(graph, "A")
    write_stdout("hops: %s\n" % " ".join(["%s=%d" % (k, v) for k, v in h.items()]))
    names = list(graph.keys())
    index = {}
    for i, n in enumerate(names):
        index[n] = i
    n = len(names)
    m = [[INF] * n for i in range(n)]
    for i in range(n):
        m[i][i] = 0
    for src, dst, w in EDGES:
        m[index[src]][index[dst]] = w
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if m[i][k] + m[k][j] < m[i][j]:
                    m[i][j] = m[i][k] + m[k][j]
    for i in range(n):
        write_stdout("%s: %s\n" % (names[i], " ".join(["%3s" % ("-" if x >= INF else str(x)) for x in m[i]])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
