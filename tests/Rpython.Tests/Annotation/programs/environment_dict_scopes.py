import sys


class Environment(object):
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def define(self, name, value):
        self.vars[name] = value

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise KeyError(name)


def entry_point(argv):
    globals_env = Environment(None)
    globals_env.define("x", 10)
    globals_env.define("y", 20)
    local_env = Environment(globals_env)
    local_env.define("x", len(argv))
    try:
        missing = local_env.lookup("z")
    except KeyError:
        missing = 0
    return local_env.lookup("x") + local_env.lookup("y") + missing


if __name__ == "__main__":
    entry_point(sys.argv)
