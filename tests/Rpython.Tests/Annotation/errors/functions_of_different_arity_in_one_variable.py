def negate(a):
    return -a


def add(a, b):
    return a + b


def entry_point(argv):
    if len(argv) > 1:
        op = negate
    else:
        op = add
    return op(1, 2)
