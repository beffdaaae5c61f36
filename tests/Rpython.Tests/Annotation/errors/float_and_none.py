def ratio(a, b):
    if b == 0:
        return None
    return a / b


def entry_point(argv):
    r = ratio(len(argv), len(argv) - 1)
    if r is None:
        return 1
    return 0
