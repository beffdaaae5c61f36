import sys


class Scope(object):
    def __init__(self):
        self.locals = None

    def set_local(self, name, value):
        if self.locals is None:
            self.locals = {}
        self.locals[name] = value

    def get_local(self, name):
        if self.locals is None:
            return 0
        return self.locals.get(name, 0)


def entry_point(argv):
    empty = Scope()
    used = Scope()
    used.set_local("x", len(argv))
    used.set_local("y", 7)
    return empty.get_local("x") + used.get_local("y") + used.get_local("z")


if __name__ == "__main__":
    entry_point(sys.argv)
