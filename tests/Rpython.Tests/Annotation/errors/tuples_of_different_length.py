def pair_or_triple(flag):
    if flag:
        return (1, 2)
    return (1, 2, 3)


def entry_point(argv):
    t = pair_or_triple(len(argv) > 1)
    return t[0]
