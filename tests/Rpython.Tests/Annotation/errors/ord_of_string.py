def entry_point(argv):
    return ord("ab" + argv[0])
