class Error(Exception):
    pass


class BadValue(Error):
    def __init__(self, value):
        self.value = value


def check(x):
    if x < 0:
        raise BadValue(x)
    return x


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


def lookup(d, key):
    try:
        value = d[key]
    except (KeyError, IndexError) as e:
        value = -1
    else:
        value += 1
    return value


def guarded(x):
    assert x is not None
    try:
        check(x)
    except Error:
        raise
    return x


def unpack_in_try(pair_maker):
    try:
        a, b = pair_maker()
    except ValueError:
        return 0
    return a - b
