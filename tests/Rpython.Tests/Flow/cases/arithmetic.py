WIDTH = 8
MASK = (1 << WIDTH) - 1


def add(a, b):
    return a + b


def folded():
    return MASK * 2 + WIDTH // 3


def mixed(x):
    y = x * WIDTH
    y -= 1
    return -y, ~x, y % 7
