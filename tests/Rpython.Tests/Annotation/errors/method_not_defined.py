class Counter(object):
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1


def entry_point(argv):
    c = Counter()
    c.increment()
    c.reset()
    return c.value
