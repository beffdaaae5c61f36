import sys

REGISTERED = []


def register(func):
    REGISTERED.append(func.__name__)
    return func


def twice(func):
    def wrapper(x):
        return func(func(x))
    return wrapper


@register
def increment(x):
    return x + 1


@twice
def double(x):
    return x * 2


@register
@twice
def add_three(x):
    return x + 3


def entry_point(argv):
    n = len(argv)
    return increment(n) + double(n) + add_three(n) + len(REGISTERED)


if __name__ == "__main__":
    entry_point(sys.argv)
