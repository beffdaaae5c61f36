"""Deep recursion: 10000 levels of a recursive sum, a recursive list length over a 10000-node
linked list, and a recursive string builder 3000 levels deep (the translated program runs its
main on a thread with a large stack)."""
from rpython.rlib.rfile import write_stdout


class Link(object):
    def __init__(self, value, rest):
        self.value = value
        self.rest = rest


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def length(link):
    if link is None:
        return 0
    return 1 + length(link.rest)


def total(link):
    if link is None:
        return 0
    return link.value + total(link.rest)


def digits(n, depth):
    if depth == 0:
        return ""
    return str(n % 10) + digits(n + 7, depth - 1)


def entry_point(argv):
    write_stdout("sum_to(10000) = %d\n" % sum_to(10000))
    chain = None
    for i in range(10000):
        chain = Link(i, chain)
    write_stdout("length %d, total %d\n" % (length(chain), total(chain)))
    s = digits(0, 3000)
    write_stdout("digits: %d chars, %s...%s\n" % (len(s), s[:20], s[-20:]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.setrecursionlimit(100000)  # CPython's default (1000) is too low; RPython has no such limit
    sys.exit(entry_point(sys.argv))
