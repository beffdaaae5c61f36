def add3(a, b, c):
    return a + b + c


def entry_point(argv):
    values = [1, 2, len(argv)]
    return add3(*values)
