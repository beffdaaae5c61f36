import sys
from rpython.rlib.rarithmetic import ovfcheck


def checked_factorial(n):
    result = 1
    for i in range(2, n + 1):
        try:
            result = ovfcheck(result * i)
        except OverflowError:
            return -1
    return result


def checked_power(base, exponent):
    result = 1
    for _ in range(exponent):
        try:
            result = ovfcheck(result * base)
        except OverflowError:
            return -1
    return result


def entry_point(argv):
    a = checked_factorial(10 + len(argv))
    b = checked_power(3, 50)
    return (a % 100) + (b % 100)


if __name__ == "__main__":
    entry_point(sys.argv)
