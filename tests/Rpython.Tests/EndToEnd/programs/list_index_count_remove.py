"""list.index, list.count and list.remove (first occurrence only), with the ValueError of a
missing item caught; 'in' and 'not in' on lists of ints and strs."""
from rpython.rlib.rfile import write_stdout


def find(l, x):
    try:
        return l.index(x)
    except ValueError:
        return -1


def ints(l):
    parts = []
    for x in l:
        parts.append(str(x))
    return "[" + ", ".join(parts) + "]"


def entry_point(argv):
    l = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    for x in [3, 1, 5, 9, 7]:
        write_stdout("index(%d)=%d count(%d)=%d in=%s not in=%s\n" % (x, find(l, x), x, l.count(x), str(x in l), str(x not in l)))
    l.remove(5)
    write_stdout("remove(5): %s\n" % ints(l))
    l.remove(3)
    write_stdout("remove(3): %s\n" % ints(l))
    try:
        l.remove(42)
        write_stdout("removed 42?\n")
    except ValueError:
        write_stdout("remove(42): ValueError\n")
    while 1 in l:
        l.remove(1)
    write_stdout("without 1s: %s\n" % ints(l))
    names = ["ann", "bob", "cid", "bob"]
    write_stdout("bob at %d, count %d, dan at %d\n" % (names.index("bob"), names.count("bob"), find_name(names, "dan")))
    names.remove("bob")
    write_stdout("%s\n" % ",".join(names))
    return 0


def find_name(l, x):
    try:
        return l.index(x)
    except ValueError:
        return -1


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
