def entry_point(argv):
    if argv[0] < 10:
        return 1
    return 0
