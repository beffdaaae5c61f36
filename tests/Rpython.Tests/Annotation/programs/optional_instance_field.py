import sys


class Result(object):
    def __init__(self, value):
        self.value = value


class Task(object):
    def __init__(self, name):
        self.name = name
        self.result = None

    def finish(self, value):
        self.result = Result(value)

    def value_or(self, default):
        if self.result is None:
            return default
        return self.result.value


def entry_point(argv):
    tasks = [Task("a"), Task("b"), Task(argv[0])]
    tasks[1].finish(len(argv) + 5)
    total = 0
    for t in tasks:
        total += t.value_or(-1)
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
