import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what):
        self.what = what


class Denied(AppError):
    def __init__(self, level):
        self.level = level


def access(name, level):
    if name == "secret" and level < 5:
        raise Denied(level)
    if name.startswith("x"):
        raise NotFound(name)
    return len(name)


def try_access(name, level):
    try:
        return access(name, level)
    except AppError as e:
        if isinstance(e, NotFound):
            return -len(e.what)
        elif isinstance(e, Denied):
            return -100 - e.level
        return -1


def entry_point(argv):
    n = len(argv)
    total = try_access("secret", n) + try_access("xyz", 9)
    return total + try_access(argv[0], n)


if __name__ == "__main__":
    entry_point(sys.argv)
