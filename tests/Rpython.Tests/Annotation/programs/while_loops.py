import sys


def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    return steps


def entry_point(argv):
    return gcd(48, 18 + len(argv)) + collatz_steps(27)


if __name__ == "__main__":
    entry_point(sys.argv)
