def divide(x, y):
    return x // y


def main(n):
    if n > 100:
        return n // 0
    return divide(1000, n)
