"""A hash table written by hand: open addressing with linear probing over lists, r_uint
arithmetic for an FNV-1a string hash (wrapping multiplication), tombstones for deletion,
resizing at 2/3 load, and a comparison of its contents with a dict."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rarithmetic import r_uint, intmask

EMPTY = 0
USED = 1
DELETED = 2


def fnv(s):
    h = r_uint(2166136261)
    for c in s:
        h ^= r_uint(ord(c))
        h *= r_uint(16777619)
    return h


class Table(object):
    def __init__(self):
        self.size = 8
        self.keys = [""] * 8
        self.values = [0] * 8
        self.state = [EMPTY] * 8
        self.count = 0
        self.probes = 0

    def slot(self, key):
        mask = r_uint(self.size - 1)
        i = intmask(fnv(key) & mask)
        first_deleted = -1
        while True:
            self.probes += 1
            st = self.state[i]
            if st == EMPTY:
                if first_deleted >= 0:
                    return first_deleted
                return i
            if st == DELETED:
                if first_deleted < 0:
                    first_deleted = i
            elif self.keys[i] == key:
                return i
            i = (i + 1) & (self.size - 1)

    def put(self, key, value):
        i = self.slot(key)
        if self.state[i] != USED or self.keys[i] != key:
            if (self.count + 1) * 3 > self.size * 2:
                self.grow()
                i = self.slot(key)
            self.count += 1
        self.keys[i] = key
        self.values[i] = value
        self.state[i] = USED

    def get(self, key, default):
        i = self.slot(key)
        if self.state[i] == USED and self.keys[i] == key:
            return self.values[i]
        return default

    def remove(self, key):
        i = self.slot(key)
        if self.state[i] == USED and self.keys[i] == key:
            self.state[i] = DELETED
            self.count -= 1
            return True
        return False

    def grow(self):
        old_keys = self.keys
        old_values = self.values
        old_state = self.state
        self.size *= 2
        self.keys = [""] * self.size
        self.values = [0] * self.size
        self.state = [EMPTY] * self.size
        for j in range(len(old_keys)):
            if old_state[j] == USED:
                i = self.slot(old_keys[j])
                self.keys[i] = old_keys[j]
                self.values[i] = old_values[j]
                self.state[i] = USED


def entry_point(argv):
    for s in ["", "a", "foobar", "RPython"]:
        write_stdout("fnv(%s) = %d\n" % (s, fnv(s)))
    t = Table()
    d = {}
    for i in range(200):
        key = "key%d" % ((i * 37) % 150)
        t.put(key, i)
        d[key] = i
    for i in range(0, 150, 3):
        key = "key%d" % i
        t.remove(key)
        if key in d:
            del d[key]
    for i in range(10):
        t.put("extra%d" % i, -i)
        d["extra%d" % i] = -i
    mismatches = 0
    for k, v in d.items():
        if t.get(k, -999) != v:
            mismatches += 1
    write_stdout("size %d, count %d (dict %d), mismatches %d, probes %d\n" % (t.size, t.count, len(d), mismatches, t.probes))
    write_stdout("key7=%d key9=%d missing=%d removed=%s\n" % (t.get("key7", -1), t.get("key9", -1), t.get("nope", -1), str(t.remove("key7"))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
