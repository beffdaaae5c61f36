def entry_point(argv):
    lengths = list(len(a) for a in argv)
    return len(lengths)
