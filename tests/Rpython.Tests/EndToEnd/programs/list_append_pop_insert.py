"""list.append, pop() from the end, pop(i) with positive and negative indexes, insert at the
front, the middle, the end, past the end and at negative positions; len after each step."""
from rpython.rlib.rfile import write_stdout


def show(label, l):
    parts = []
    for x in l:
        parts.append(str(x))
    write_stdout("%s: [%s] len=%d\n" % (label, ", ".join(parts), len(l)))


def entry_point(argv):
    l = []
    for i in range(5):
        l.append(i * 10)
    show("appended", l)
    write_stdout("pop() = %d\n" % l.pop())
    show("after pop()", l)
    write_stdout("pop(0) = %d\n" % l.pop(0))
    show("after pop(0)", l)
    write_stdout("pop(-2) = %d\n" % l.pop(-2))
    show("after pop(-2)", l)
    l.insert(0, -1)
    show("insert(0, -1)", l)
    l.insert(1, 5)
    show("insert(1, 5)", l)
    l.insert(len(l), 99)
    show("insert(len, 99)", l)
    l.insert(100, 100)
    show("insert(100, 100)", l)
    l.insert(-1, 77)
    show("insert(-1, 77)", l)
    l.insert(-100, -100)
    show("insert(-100, -100)", l)
    drained = []
    while l:
        drained.append(l.pop())
    show("drained", drained)
    show("emptied", l)
    try:
        l.pop()
    except IndexError:
        write_stdout("pop() of an empty list: IndexError\n")
    try:
        drained.pop(50)
    except IndexError:
        write_stdout("pop(50): IndexError\n")
    words = ["b"]
    words.insert(0, "a")
    words.append("c")
    write_stdout("%s\n" % "".join(words))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
