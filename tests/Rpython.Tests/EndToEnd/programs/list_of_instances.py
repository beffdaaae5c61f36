"""Lists of instances: appending objects of several subclasses to one list, calling overridden
methods through it, sorting by an attribute with an insertion sort, finding by identity with
'is', and mutating objects reached through two lists."""
from rpython.rlib.rfile import write_stdout


class Item(object):
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def label(self):
        return "%s(%d)" % (self.name, self.weight)


class Fragile(Item):
    def label(self):
        return "%s(%d, fragile)" % (self.name, self.weight)


def sort_by_weight(items):
    for i in range(1, len(items)):
        current = items[i]
        j = i - 1
        while j >= 0 and items[j].weight > current.weight:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = current


def labels(items):
    return ", ".join([it.label() for it in items])


def entry_point(argv):
    items = [Item("book", 3), Fragile("vase", 5), Item("pen", 1), Fragile("glass", 2), Item("box", 5)]
    write_stdout("%s\n" % labels(items))
    heavy = [it for it in items if it.weight >= 3]
    sort_by_weight(items)
    write_stdout("sorted: %s\n" % labels(items))
    write_stdout("heavy: %s\n" % labels(heavy))
    heavy[0].weight = 10
    write_stdout("after change: %s\n" % labels(items))
    target_item = heavy[1]
    for i in range(len(items)):
        if items[i] is target_item:
            write_stdout("found %s at %d\n" % (target_item.name, i))
    total = 0
    for it in items:
        total += it.weight
    write_stdout("total weight %d\n" % total)
    fragile = 0
    for it in items:
        if isinstance(it, Fragile):
            fragile += 1
    write_stdout("%d fragile\n" % fragile)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
