class Adder(object):
    def __init__(self, n):
        self.n = n


def entry_point(argv):
    add = Adder(len(argv))
    return add(3)
