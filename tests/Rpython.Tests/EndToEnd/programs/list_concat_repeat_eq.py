"""List concatenation (+, +=), repetition (* with 0, 1, n; of a list of lists sharing the
inner list), == and != (lengths, items, empty lists), list() copies, and aliasing."""
from rpython.rlib.rfile import write_stdout


def ints(l):
    parts = []
    for x in l:
        parts.append(str(x))
    return "[" + ", ".join(parts) + "]"


def entry_point(argv):
    a = [1, 2]
    b = [3]
    c = a + b
    write_stdout("a + b = %s, a = %s\n" % (ints(c), ints(a)))
    c += [4, 5]
    write_stdout("c += [4, 5]: %s\n" % ints(c))
    write_stdout("[0] * 5 = %s, a * 3 = %s, a * 0 = %s, a * -1 = %s\n" % (ints([0] * 5), ints(a * 3), ints(a * 0), ints(a * -1)))
    write_stdout("== : %s %s %s %s %s\n" % (str(a == [1, 2]), str(a == [2, 1]), str(a == [1, 2, 3]), str(a != [1]), str(a[0:0] == b[1:])))
    words = ["x", "y"]
    more = words * 2
    more[0] = "z"
    write_stdout("%s %s\n" % ("".join(words), "".join(more)))
    alias = a
    copy = list(a)
    alias.append(99)
    write_stdout("a=%s alias=%s copy=%s\n" % (ints(a), ints(alias), ints(copy)))
    write_stdout("a == alias: %s, a == copy: %s\n" % (str(a == alias), str(a == copy)))
    grid = [[0, 0]] * 3
    grid[0][1] = 7
    write_stdout("shared rows: %s %s %s\n" % (ints(grid[0]), ints(grid[1]), ints(grid[2])))
    rows = []
    for i in range(3):
        rows.append([0, 0])
    rows[0][1] = 7
    write_stdout("separate rows: %s %s %s\n" % (ints(rows[0]), ints(rows[1]), ints(rows[2])))
    n = len(argv) + 2
    write_stdout("runtime repeat: %s\n" % ints([1, 2, 3] * n))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
