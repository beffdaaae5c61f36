"""A binary min-heap priority queue of (priority, sequence, name) tuples: push, pop, peek,
heapify of a list, heap sort, and a task scheduler that keeps insertion order among equal
priorities."""
from rpython.rlib.rfile import write_stdout


class Heap(object):
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            self.sift_down(0)
        return top

    def sift_down(self, i):
        n = len(self.items)
        while True:
            smallest = i
            left = 2 * i + 1
            right = left + 1
            if left < n and self.items[left] < self.items[smallest]:
                smallest = left
            if right < n and self.items[right] < self.items[smallest]:
                smallest = right
            if smallest == i:
                return
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest

    def size(self):
        return len(self.items)


class IntHeap(object):
    def __init__(self, values):
        self.a = list(values)
        for i in range(len(self.a) // 2 - 1, -1, -1):
            self.down(i)

    def down(self, i):
        n = len(self.a)
        while 2 * i + 1 < n:
            c = 2 * i + 1
            if c + 1 < n and self.a[c + 1] < self.a[c]:
                c += 1
            if self.a[i] <= self.a[c]:
                return
            self.a[i], self.a[c] = self.a[c], self.a[i]
            i = c

    def pop(self):
        top = self.a[0]
        last = self.a.pop()
        if self.a:
            self.a[0] = last
            self.down(0)
        return top


def entry_point(argv):
    h = Heap()
    tasks = [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "answer pager"), (5, "lunch"), (2, "standup")]
    seq = 0
    for prio, name in tasks:
        h.push((prio, seq, name))
        seq += 1
    while h.size() > 0:
        prio, s, name = h.pop()
        write_stdout("p%d #%d %s\n" % (prio, s, name))
    values = [(i * 7919) % 101 - 50 for i in range(40)]
    ih = IntHeap(values)
    out = []
    while ih.a:
        out.append(str(ih.pop()))
    write_stdout("heap sort: %s\n" % " ".join(out))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
