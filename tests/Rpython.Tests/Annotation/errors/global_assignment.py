counter = 0


def entry_point(argv):
    global counter
    counter = len(argv)
    return counter
