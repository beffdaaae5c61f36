def one(a):
    return a


def entry_point(argv):
    return one(1, 2)
