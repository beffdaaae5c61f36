def apply_twice(n):
    double = lambda x: x * 2
    return double(double(n))


def entry_point(argv):
    return apply_twice(len(argv))
