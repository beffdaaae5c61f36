"""Objects with mutable state: a counter class with methods that change attributes, objects
holding lists and dicts, methods returning self's data, and objects passed to functions that
modify them (reference semantics)."""
from rpython.rlib.rfile import write_stdout


class Counter(object):
    def __init__(self, start):
        self.count = start
        self.history = []

    def incr(self, by):
        self.count += by
        self.history.append(self.count)
        return self.count

    def reset(self):
        old = self.count
        self.count = 0
        self.history = []
        return old


class Registry(object):
    def __init__(self):
        self.counters = {}

    def get(self, name):
        if name not in self.counters:
            self.counters[name] = Counter(0)
        return self.counters[name]


def bump_all(counters, by):
    for c in counters:
        c.incr(by)


def entry_point(argv):
    c = Counter(10)
    c.incr(5)
    c.incr(-3)
    write_stdout("count %d history %s\n" % (c.count, ",".join([str(h) for h in c.history])))
    write_stdout("reset returned %d, now %d, history len %d\n" % (c.reset(), c.count, len(c.history)))
    reg = Registry()
    for word in "a b a c a b".split():
        reg.get(word).incr(1)
    for name, counter in reg.counters.items():
        write_stdout("%s: %d\n" % (name, counter.count))
    counters = [reg.get("a"), reg.get("b"), reg.get("a")]
    bump_all(counters, 10)
    write_stdout("a=%d b=%d c=%d\n" % (reg.get("a").count, reg.get("b").count, reg.get("c").count))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
