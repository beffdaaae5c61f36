def entry_point(argv):
    message = "count: " + len(argv)
    return 0
