"""Dicts with int keys: negative keys, zero, large keys, keys that collide modulo small
powers of two, sparse arrays, memoised Fibonacci, and counting with int keys."""
from rpython.rlib.rfile import write_stdout


class Memo(object):
    def __init__(self):
        self.cache = {}
        self.calls = 0


def fib(memo, n):
    memo.calls += 1
    if n < 2:
        return n
    if n in memo.cache:
        return memo.cache[n]
    v = fib(memo, n - 1) + fib(memo, n - 2)
    memo.cache[n] = v
    return v


def entry_point(argv):
    d = {}
    keys = [0, -1, 1, 8, 16, 1024, -1024, 9223372036854775807, -9223372036854775807 - 1, 64, 128]
    for k in keys:
        d[k] = k % 7
    for k in keys:
        write_stdout("%d: %d\n" % (k, d[k]))
    write_stdout("len %d, 2 in d: %s, 1024 in d: %s\n" % (len(d), str(2 in d), str(1024 in d)))
    memo = Memo()
    write_stdout("fib(90) = %d with %d calls, cache size %d\n" % (fib(memo, 90), memo.calls, len(memo.cache)))
    sparse = {}
    for i in range(0, 100000, 9973):
        sparse[i] = i // 9973
    total = 0
    for k in sparse:
        total += sparse[k]
    write_stdout("sparse: %d entries, total %d\n" % (len(sparse), total))
    counts = {}
    for x in [3, 1, 3, 3, 7, 1, 0, -2, 7, 3]:
        counts[x] = counts.get(x, 0) + 1
    write_stdout("counts: %s\n" % " ".join(["%d:%d" % (k, v) for k, v in counts.items()]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
