def entry_point(argv):
    if len(argv) > 1:
        return argv[1]
    return "no arguments"
