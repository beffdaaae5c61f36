"""del l[i] (positive, negative), del l[a:b] (middle, open ends, empty ranges, out of range),
slicing of lists (copies: changing the slice leaves the list alone), and IndexError of del."""
from rpython.rlib.rfile import write_stdout


def ints(l):
    parts = []
    for x in l:
        parts.append(str(x))
    return "[" + ", ".join(parts) + "]"


def fresh():
    l = []
    for i in range(10):
        l.append(i)
    return l


def entry_point(argv):
    l = fresh()
    del l[0]
    write_stdout("del l[0]: %s\n" % ints(l))
    del l[-1]
    write_stdout("del l[-1]: %s\n" % ints(l))
    del l[3]
    write_stdout("del l[3]: %s\n" % ints(l))
    l = fresh()
    del l[2:5]
    write_stdout("del l[2:5]: %s\n" % ints(l))
    l = fresh()
    del l[:3]
    write_stdout("del l[:3]: %s\n" % ints(l))
    l = fresh()
    del l[7:]
    write_stdout("del l[7:]: %s\n" % ints(l))
    l = fresh()
    del l[-3:]
    write_stdout("del l[-3:]: %s\n" % ints(l))
    l = fresh()
    del l[5:2]
    write_stdout("del l[5:2]: %s\n" % ints(l))
    l = fresh()
    del l[8:100]
    write_stdout("del l[8:100]: %s\n" % ints(l))
    l = fresh()
    del l[:]
    write_stdout("del l[:]: %s\n" % ints(l))
    try:
        del l[0]
    except IndexError:
        write_stdout("del of an empty list's item: IndexError\n")
    m = fresh()
    write_stdout("m[2:6]=%s m[:2]=%s m[8:]=%s m[-2:]=%s m[:-8]=%s m[20:]=%s m[-20:2]=%s\n" % (
        ints(m[2:6]), ints(m[:2]), ints(m[8:]), ints(m[-2:]), ints(m[:-8]), ints(m[20:]), ints(m[-20:2])))
    part = m[1:4]
    part[0] = 100
    part.append(200)
    write_stdout("part=%s m=%s\n" % (ints(part), ints(m)))
    whole = m[:]
    whole.reverse()
    write_stdout("whole reversed=%s m=%s\n" % (ints(whole), ints(m)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
