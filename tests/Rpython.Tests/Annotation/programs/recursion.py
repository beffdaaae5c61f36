import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def entry_point(argv):
    if is_even(len(argv)):
        return fib(10)
    return fib(5)


if __name__ == "__main__":
    entry_point(sys.argv)
