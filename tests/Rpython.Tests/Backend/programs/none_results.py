def check(x, limit):
    if x > limit:
        return None
    return None


def note(x):
    y = x + 1


def scaled(n, nothing, factor):
    return n * factor


def main(n):
    check(n, 3)
    note(n)
    return scaled(n, check(n, 0), 3) + scaled(n, None, -1)
