def scale(x, factor=2):
    return x * factor


def entry_point(argv):
    return scale(3, fator=4)
