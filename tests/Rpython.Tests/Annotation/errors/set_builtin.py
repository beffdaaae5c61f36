def unique_count(words):
    return len(set(words))


def entry_point(argv):
    return unique_count(argv)
