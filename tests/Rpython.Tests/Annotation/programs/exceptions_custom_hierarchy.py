import sys


class InterpError(Exception):
    def __init__(self, message):
        self.message = message


class TypeMismatch(InterpError):
    pass


class UnboundName(InterpError):
    def __init__(self, name):
        InterpError.__init__(self, "unbound: " + name)
        self.name = name


def lookup(env, name):
    if name not in env:
        raise UnboundName(name)
    return env[name]


def check(value):
    if value < 0:
        raise TypeMismatch("negative")
    return value


def evaluate(env, name):
    try:
        return check(lookup(env, name))
    except UnboundName as e:
        return -len(e.name)
    except InterpError as e:
        return -len(e.message)


def entry_point(argv):
    env = {"a": 1, "b": -2}
    return evaluate(env, "a") + evaluate(env, "b") + evaluate(env, argv[0])


if __name__ == "__main__":
    entry_point(sys.argv)
