def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def twice(n):
    return n * 2


def main(n):
    return fib(twice(n) % 20)
