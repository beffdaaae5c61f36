def entry_point(argv):
    return hash(argv[0])
