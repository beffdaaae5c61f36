def entry_point(argv):
    value = argv[0]
    if isinstance(value, "str"):
        return 1
    return 0
