"""IndexError from reading and writing list items past either end, caught at the access and
re-raised to a caller (an implicit IndexError exists only where the same function handles it);
negative indexes that are in range; assignment through negative indexes."""
from rpython.rlib.rfile import write_stdout


def get(l, i):
    try:
        return l[i]
    except IndexError:
        return -1


def put(l, i, v):
    try:
        l[i] = v
        return True
    except IndexError:
        return False


def last_of(l):
    try:
        return l[len(l) - 1]
    except IndexError:
        raise


def entry_point(argv):
    l = [10, 20, 30]
    out = []
    for i in [0, 2, 3, -1, -3, -4, 1000, -1000]:
        out.append("%d->%d" % (i, get(l, i)))
    write_stdout(" ".join(out) + "\n")
    for i in [1, -1, 3, -4]:
        write_stdout("put(%d): %s\n" % (i, str(put(l, i, i * 100))))
    write_stdout("l = %d %d %d\n" % (l[0], l[1], l[2]))
    lists = [[1, 2], [], [7]]
    for x in lists:
        try:
            write_stdout("last = %d\n" % last_of(x))
        except IndexError:
            write_stdout("no last item\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
