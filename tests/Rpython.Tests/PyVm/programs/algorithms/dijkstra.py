# Dijkstra's shortest paths with a hand-written binary heap.
def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0 and heap[(i - 1) // 2] > heap[i]:
        heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
        i = (i - 1) // 2
def pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            l, r, s = 2 * i + 1, 2 * i + 2, i
            if l < len(heap) and heap[l] < heap[s]: s = l
            if r < len(heap) and heap[r] < heap[s]: s = r
            if s == i: break
            heap[i], heap[s] = heap[s], heap[i]
            i = s
    return top
graph = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
dist, prev, heap = {"A": 0}, {}, [(0, "A")]
while heap:
    d, u = pop(heap)
    if d > dist.get(u, float("inf")):
        continue
    for v, w in graph[u].items():
        if d + w < dist.get(v, float("inf")):
            dist[v], prev[v] = d + w, u
            push(heap, (d + w, v))
print(sorted(dist.items()))
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print("A" + "".join(reversed(path)))
