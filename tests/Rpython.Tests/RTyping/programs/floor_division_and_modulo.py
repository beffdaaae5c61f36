def divide(x, y):
    return x // y * 1000 + x % y


def main(n):
    total = 0
    total += divide(n, 7) + divide(n, -7) + divide(n, 3) + divide(n, -3)
    total += divide(-n, 2) + divide(n * 13 + 1, -5)
    return total
