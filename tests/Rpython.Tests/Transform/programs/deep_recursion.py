"""Recursion deeper than any stack: the stack check raises StackOverflow, which the program catches."""

from rpython.rlib.rstackovf import StackOverflow


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def guarded_depth(n):
    try:
        return depth(n)
    except StackOverflow:
        return -1


def main(n):
    m = n % 3
    if m < 0:
        m = -m
    # Shallow calls return normally; 10**8 frames overflow every stack, translated or not.
    shallow = depth(m * 10) + guarded_depth(m)
    deep = guarded_depth(100000000 * (m + 1))
    try:
        parity = 1 if is_even(100000000 + m) else 0
    except RecursionError:
        parity = -2
    return shallow * 100 + deep * 10 + parity
