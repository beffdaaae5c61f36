def entry_point(argv):
    n = len(argv)
    return len(n)
