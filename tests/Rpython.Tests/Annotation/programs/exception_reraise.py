import sys


class VMError(Exception):
    def __init__(self, code):
        self.code = code


def step(n):
    if n % 3 == 0:
        raise VMError(n)
    return n + 1


def run_logged(n, log):
    try:
        return step(n)
    except VMError:
        log.append(n)
        raise


def run_all(values):
    log = []
    total = 0
    for v in values:
        try:
            total += run_logged(v, log)
        except VMError as e:
            total -= e.code
    return total, len(log)


def entry_point(argv):
    total, errors = run_all([1, 3, 4, 6, len(argv)])
    return total * 10 + errors


if __name__ == "__main__":
    entry_point(sys.argv)
