import sys


def arith(a, b):
    return a + b, a - b, a * b, a // b, a % b, a << 2, a >> 1, a & b, a | b, a ^ b, -a, ~a


def entry_point(argv):
    n = len(argv)
    total = arith(n, 3)[0] + arith(n, 3)[11]
    q, r = arith(n, 7)[3], arith(n, 7)[4]
    return q + r + total


if __name__ == "__main__":
    entry_point(sys.argv)
