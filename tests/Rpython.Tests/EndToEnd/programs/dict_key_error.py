"""KeyError from d[k] and del d[k] of missing keys, caught at the access, in a caller, and as
LookupError; a lookup helper with a fallback; int and str keys."""
from rpython.rlib.rfile import write_stdout


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return "<missing %s>" % k


def must_get(d, k):
    return d[k]


def entry_point(argv):
    colors = {"red": "#f00", "green": "#0f0"}
    for k in ["red", "blue", "green", ""]:
        write_stdout("%s -> %s\n" % (k, lookup(colors, k)))
    try:
        del colors["blue"]
    except KeyError:
        write_stdout("del of a missing key: KeyError\n")
    del colors["red"]
    write_stdout("left: %s\n" % ",".join(colors.keys()))
    squares = {}
    for i in range(5):
        squares[i] = i * i
    found = 0
    missing = 0
    for i in range(-2, 8):
        try:
            found += must_get(squares, i)
        except LookupError:
            missing += 1
    write_stdout("found sum %d, missing %d\n" % (found, missing))
    try:
        write_stdout("%d\n" % must_get(squares, 3))
        write_stdout("%d\n" % must_get(squares, 30))
    except KeyError:
        write_stdout("30 is not a key\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
