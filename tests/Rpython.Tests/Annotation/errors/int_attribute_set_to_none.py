class Cache(object):
    def __init__(self):
        self.hits = 0

    def clear(self):
        self.hits = None


def entry_point(argv):
    c = Cache()
    c.clear()
    return 0
