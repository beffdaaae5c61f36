def entry_point(argv):
    seen = {"a", "b"}
    if argv[0] in seen:
        return 1
    return 0
