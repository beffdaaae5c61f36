import sys


class Env(object):
    def __init__(self):
        self.vars = {}

    def snapshot(self):
        return self.vars.copy()

    def merge(self, other):
        self.vars.update(other)

    def take(self, name):
        return self.vars.pop(name, -1)

    def reset(self):
        self.vars.clear()


def entry_point(argv):
    env = Env()
    env.merge({"a": 1, "b": len(argv)})
    saved = env.snapshot()
    taken = env.take("a") + env.take("missing")
    env.reset()
    return taken + len(saved) + len(env.vars)


if __name__ == "__main__":
    entry_point(sys.argv)
