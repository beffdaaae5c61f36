def entry_point(argv):
    n = len(argv)
    return n(1)
