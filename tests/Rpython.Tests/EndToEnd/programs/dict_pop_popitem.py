"""dict.pop with and without a default (KeyError when missing and no default), popitem (last
inserted first: LIFO) until empty, and popitem of an empty dict raising KeyError."""
from rpython.rlib.rfile import write_stdout


def show(d):
    return "{" + ", ".join(["%s: %d" % (k, v) for k, v in d.items()]) + "}"


def entry_point(argv):
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    write_stdout("pop('b') = %d -> %s\n" % (d.pop("b"), show(d)))
    write_stdout("pop('x', 0) = %d -> %s\n" % (d.pop("x", 0), show(d)))
    write_stdout("pop('c', 0) = %d -> %s\n" % (d.pop("c", 0), show(d)))
    try:
        d.pop("x")
        write_stdout("no error?\n")
    except KeyError:
        write_stdout("pop('x'): KeyError\n")
    d["e"] = 5
    d["b"] = 20
    while d:
        k, v = d.popitem()
        write_stdout("popitem -> (%s, %d), left %s\n" % (k, v, show(d)))
    try:
        d.popitem()
    except KeyError:
        write_stdout("popitem of an empty dict: KeyError\n")
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    total = 0
    while counts:
        w, n = counts.popitem()
        total += n
        write_stdout("%s:%d " % (w, n))
    write_stdout("\ntotal %d\n" % total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
