import sys


class Outer(Exception):
    pass


class Inner(Exception):
    pass


def level(n):
    if n == 1:
        raise Inner()
    if n == 2:
        raise Outer()
    return n


def handle(n):
    result = 0
    try:
        try:
            result = level(n)
        except Inner:
            result = -1
            if n > 0:
                raise Outer()
    except Outer:
        result = -2
    return result


def entry_point(argv):
    return handle(0) + handle(1) + handle(2) + handle(len(argv) + 5)


if __name__ == "__main__":
    entry_point(sys.argv)
