"""An LRU cache: a dict from keys to nodes of a doubly linked list (most recent at the front),
get/put with eviction of the least recently used entry, hit/miss statistics, and a trace of a
request sequence."""
from rpython.rlib.rfile import write_stdout


class Entry(object):
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRU(object):
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Entry(-1, "")
        self.tail = Entry(-1, "")
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def unlink(self, e):
        e.prev.next = e.next
        e.next.prev = e.prev

    def push_front(self, e):
        e.next = self.head.next
        e.prev = self.head
        self.head.next.prev = e
        self.head.next = e

    def get(self, key):
        if key not in self.map:
            self.misses += 1
            return None
        self.hits += 1
        e = self.map[key]
        self.unlink(e)
        self.push_front(e)
        return e.value

    def put(self, key, value):
        if key in self.map:
            e = self.map[key]
            e.value = value
            self.unlink(e)
            self.push_front(e)
            return
        if len(self.map) == self.capacity:
            last = self.tail.prev
            self.unlink(last)
            del self.map[last.key]
            self.evicted.append(last.key)
        e = Entry(key, value)
        self.map[key] = e
        self.push_front(e)

    def order(self):
        keys = []
        e = self.head.next
        while e is not self.tail:
            keys.append(str(e.key))
            e = e.next
        return " ".join(keys)


def entry_point(argv):
    cache = LRU(3)
    for key in [1, 2, 3, 1, 4, 2, 5, 1, 3, 4, 5, 5, 2]:
        v = cache.get(key)
        if v is None:
            cache.put(key, "v%d" % key)
            write_stdout("miss %d -> [%s]\n" % (key, cache.order()))
        else:
            write_stdout("hit  %d = %s -> [%s]\n" % (key, v, cache.order()))
    cache.put(2, "updated")
    write_stdout("after update: [%s], 2 = %s\n" % (cache.order(), cache.get(2)))
    write_stdout("hits %d misses %d evicted %s\n" % (cache.hits, cache.misses, " ".join([str(k) for k in cache.evicted])))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
