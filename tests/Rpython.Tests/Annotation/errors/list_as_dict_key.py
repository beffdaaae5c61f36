def entry_point(argv):
    table = {}
    table[[1, 2]] = len(argv)
    return len(table)
