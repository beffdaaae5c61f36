def entry_point(argv):
    n = len(argv)
    return n.numerator
