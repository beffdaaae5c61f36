import sys


def make_scaler(factor):
    def scale(x):
        return x * factor
    return scale


double = make_scaler(2)
triple = make_scaler(3)


def apply_both(x):
    return double(x) + triple(x)


def entry_point(argv):
    return apply_both(len(argv))


if __name__ == "__main__":
    entry_point(sys.argv)
