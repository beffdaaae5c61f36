def pick(flag, x):
    if flag:
        return x + 1
    return x - 1


def checked(x):
    if x < 0:
        raise ValueError
    return x * 2


def main(n):
    try:
        c = checked(n)
    except ValueError:
        c = -1
    return pick(True, n) + pick(n > 0, 3) + c
