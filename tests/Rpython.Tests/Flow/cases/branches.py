DEBUG = False


def sign(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    return 1


def constant_branch(x):
    if DEBUG:
        x = x + 1000
    return x


def pick(a, b):
    m = a if a > b else b
    return m


def logic(a, b, c):
    return a and b or not c


def chained(a, b, c):
    return a < b <= c


def merge_constant(flag):
    k = 3
    if flag:
        k = 3
    return k
