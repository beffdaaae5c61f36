def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def collatz(n):
    steps = 0
    while n > 1 and steps < 500:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main(n):
    m = n % 20
    if m < 0:
        m = -m
    return fib(m) + gcd(n * 6 + 1, 36) + collatz(m + 1)
