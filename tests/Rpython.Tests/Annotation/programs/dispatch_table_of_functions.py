import sys


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_mul(a, b):
    return a * b


def op_max(a, b):
    if a > b:
        return a
    return b


OPERATIONS = {
    "add": op_add,
    "sub": op_sub,
    "mul": op_mul,
    "max": op_max,
}


def apply(name, a, b):
    func = OPERATIONS.get(name, op_add)
    return func(a, b)


def entry_point(argv):
    n = len(argv)
    total = apply("add", n, 2) + apply("mul", 3, 4) + apply("sub", 1, n)
    return total + apply(argv[0], 5, 6)


if __name__ == "__main__":
    entry_point(sys.argv)
