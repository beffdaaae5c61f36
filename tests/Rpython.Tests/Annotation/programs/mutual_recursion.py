import sys


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def count_even(limit):
    count = 0
    for i in range(limit):
        if is_even(i):
            count += 1
    return count


def entry_point(argv):
    return count_even(10 + len(argv))


if __name__ == "__main__":
    entry_point(sys.argv)
