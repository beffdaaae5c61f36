import sys


class Config(object):
    def __init__(self, verbose, limit):
        self.verbose = verbose
        self.limit = limit


CONFIG = Config(False, 10)


class Counter(object):
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count


COUNTER = Counter()


def entry_point(argv):
    for arg in argv:
        if COUNTER.bump() > CONFIG.limit:
            break
    if CONFIG.verbose:
        return -1
    return COUNTER.count


if __name__ == "__main__":
    entry_point(sys.argv)
