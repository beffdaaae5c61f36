def configure(**options):
    return 0


def entry_point(argv):
    return configure(verbose=True)
