"""Recursion: mutual recursion (is_even/is_odd), Ackermann for small arguments, the towers of
Hanoi (moves recorded), naive Fibonacci, permutations of a short list, and the power set."""
from rpython.rlib.rfile import write_stdout


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append("%s>%s" % (src, dst))
    hanoi(n - 1, via, dst, src, moves)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def power_set(items, i):
    if i == len(items):
        return [[]]
    without = power_set(items, i + 1)
    out = []
    for s in without:
        out.append(s)
    for s in without:
        out.append([items[i]] + s)
    return out


def entry_point(argv):
    write_stdout("even(10)=%s odd(7)=%s even(999)=%s\n" % (str(is_even(10)), str(is_odd(7)), str(is_even(999))))
    write_stdout("ackermann(2, 3)=%d ackermann(3, 3)=%d\n" % (ackermann(2, 3), ackermann(3, 3)))
    moves = []
    hanoi(4, "A", "C", "B", moves)
    write_stdout("hanoi(4): %d moves: %s\n" % (len(moves), " ".join(moves)))
    write_stdout("fib(20) = %d\n" % fib(20))
    perms = permutations(["a", "b", "c"])
    write_stdout("perms: %s\n" % " ".join(["".join(p) for p in perms]))
    subsets = power_set([1, 2, 3], 0)
    write_stdout("subsets: %s\n" % " ".join(["{" + ",".join([str(x) for x in s]) + "}" for s in subsets]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.setrecursionlimit(100000)  # CPython's default (1000) is too low; RPython has no such limit
    sys.exit(entry_point(sys.argv))
