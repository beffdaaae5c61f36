import sys


class Builtin(object):
    def __init__(self, name, arity):
        self.name = name
        self.arity = arity
        self.calls = 0


BUILTINS = [Builtin("print", 1), Builtin("len", 1), Builtin("max", 2)]
BY_NAME = {}
for _b in BUILTINS:
    BY_NAME[_b.name] = _b


def call_builtin(name):
    b = BY_NAME.get(name, None)
    if b is None:
        return -1
    b.calls += 1
    return b.arity


def entry_point(argv):
    total = call_builtin("len") + call_builtin("max") + call_builtin(argv[0])
    for b in BUILTINS:
        total += b.calls
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
