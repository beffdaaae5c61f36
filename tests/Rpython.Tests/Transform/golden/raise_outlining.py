"""Raise outlining: the raising paths that leave a graph move into shared functions; a raise that
meets a handler after inlining stays a jump."""


class TooBig(Exception):
    pass


def item(l, i):
    return l[i]


def check(n):
    if n > 100:
        raise TooBig()
    return n


def main(n):
    l = [1, 2, 3]
    try:
        x = item(l, n)
    except IndexError:
        x = -1
    # Two raises leave main: check's TooBig and the IndexError of l[n - 1].
    return check(n * 50) + item(l, n - 1) + x
