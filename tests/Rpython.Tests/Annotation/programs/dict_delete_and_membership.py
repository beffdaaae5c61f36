import sys


class Registry(object):
    def __init__(self):
        self.entries = {}

    def register(self, name, value):
        self.entries[name] = value

    def unregister(self, name):
        if name in self.entries:
            del self.entries[name]
            return True
        return False

    def size(self):
        return len(self.entries)


def entry_point(argv):
    reg = Registry()
    for i in range(5):
        reg.register("item" + str(i), i)
    removed = 0
    for name in ["item1", "item3", "missing", argv[0]]:
        if reg.unregister(name):
            removed += 1
    if "item2" not in reg.entries:
        return -1
    return reg.size() * 10 + removed


if __name__ == "__main__":
    entry_point(sys.argv)
