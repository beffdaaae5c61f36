"""None as a value of instance attributes and variables ('is None', 'is not None', truth of an
optional instance), identity with 'is' / 'is not' between instances, optional strs, and
functions returning None or an object."""
from rpython.rlib.rfile import write_stdout


class Cell(object):
    def __init__(self, value, next_cell):
        self.value = value
        self.next = next_cell


def find(head, value):
    cell = head
    while cell is not None:
        if cell.value == value:
            return cell
        cell = cell.next
    return None


def maybe_name(i):
    if i % 2 == 0:
        return "even%d" % i
    return None


def entry_point(argv):
    head = None
    for v in [5, 4, 3, 2, 1]:
        head = Cell(v, head)
    for v in [1, 3, 6]:
        c = find(head, v)
        if c is None:
            write_stdout("%d not found\n" % v)
        else:
            nxt = "end"
            if c.next is not None:
                nxt = str(c.next.value)
            write_stdout("%d found, next %s\n" % (v, nxt))
    a = find(head, 2)
    b = find(head, 2)
    c = find(head, 3)
    write_stdout("a is b: %s, a is c: %s, a is not c: %s\n" % (str(a is b), str(a is c), str(a is not c)))
    if a:
        write_stdout("a is truthy\n")
    missing = find(head, 42)
    if not missing:
        write_stdout("missing is falsy\n")
    for i in range(4):
        n = maybe_name(i)
        if n is not None:
            write_stdout("name %s (len %d)\n" % (n, len(n)))
        else:
            write_stdout("no name for %d\n" % i)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
