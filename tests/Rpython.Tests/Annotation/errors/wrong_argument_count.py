def add(a, b):
    return a + b


def entry_point(argv):
    return add(len(argv))
