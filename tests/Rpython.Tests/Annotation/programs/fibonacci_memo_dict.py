import sys


class Memo(object):
    def __init__(self):
        self.cache = {0: 0, 1: 1}

    def fib(self, n):
        if n in self.cache:
            return self.cache[n]
        result = self.fib(n - 1) + self.fib(n - 2)
        self.cache[n] = result
        return result


def entry_point(argv):
    memo = Memo()
    value = memo.fib(30 + len(argv))
    return value % 1000


if __name__ == "__main__":
    entry_point(sys.argv)
