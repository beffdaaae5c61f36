def entry_point(argv):
    message = "count: %d" % argv[0]
    return len(message)
