def entry_point(argv):
    n = len(argv)

    def inner():
        return n
    return inner()
